// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// IAllocationManagerSlashingParams is an auto generated low-level Go binding around an user-defined struct.
type IAllocationManagerSlashingParams struct {
	Operator      common.Address
	OperatorSetId uint32
	Strategies    []common.Address
	WadsToSlash   []*big.Int
	Description   string
}

// ParleySlasherAttestation is an auto generated low-level Go binding around an user-defined struct.
type ParleySlasherAttestation struct {
	L1ChainId     *big.Int
	Avs           common.Address
	SourceChainId *big.Int
	FromBlock     uint64
	ToBlock       uint64
	LastBlockHash [32]byte
	MessageRoot   [32]byte
	SnapshotBlock uint64
	SnapshotRoot  [32]byte
}

// ParleySlasherEntryRange is an auto generated low-level Go binding around an user-defined struct.
type ParleySlasherEntryRange struct {
	Start      uint32
	EntryCount uint32
	SetIds     []byte
	Entries    []byte
	Proof      [][32]byte
}

// ParleySlasherMembership is an auto generated low-level Go binding around an user-defined struct.
type ParleySlasherMembership struct {
	Entry      []byte
	Index      uint32
	EntryCount uint32
	Proof      [12][32]byte
}

// ParleySlasherSignedAttestation is an auto generated low-level Go binding around an user-defined struct.
type ParleySlasherSignedAttestation struct {
	Attestation ParleySlasherAttestation
	Sigma       [2]*big.Int
	Member      ParleySlasherMembership
}

// EmptyContractMetaData contains all meta data concerning the EmptyContract contract.
var EmptyContractMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"foo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50603d80601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c8063c298557814602a575b5f5ffd5b5f60405190815260200160405180910390f3",
}

// EmptyContractABI is the input ABI used to generate the binding from.
// Deprecated: Use EmptyContractMetaData.ABI instead.
var EmptyContractABI = EmptyContractMetaData.ABI

// EmptyContractBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EmptyContractMetaData.Bin instead.
var EmptyContractBin = EmptyContractMetaData.Bin

// DeployEmptyContract deploys a new Ethereum contract, binding an instance of EmptyContract to it.
func DeployEmptyContract(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *EmptyContract, error) {
	parsed, err := EmptyContractMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EmptyContractBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EmptyContract{EmptyContractCaller: EmptyContractCaller{contract: contract}, EmptyContractTransactor: EmptyContractTransactor{contract: contract}, EmptyContractFilterer: EmptyContractFilterer{contract: contract}}, nil
}

// EmptyContract is an auto generated Go binding around an Ethereum contract.
type EmptyContract struct {
	EmptyContractCaller     // Read-only binding to the contract
	EmptyContractTransactor // Write-only binding to the contract
	EmptyContractFilterer   // Log filterer for contract events
}

// EmptyContractCaller is an auto generated read-only Go binding around an Ethereum contract.
type EmptyContractCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmptyContractTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EmptyContractTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmptyContractFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EmptyContractFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmptyContractSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EmptyContractSession struct {
	Contract     *EmptyContract    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// EmptyContractCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EmptyContractCallerSession struct {
	Contract *EmptyContractCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// EmptyContractTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EmptyContractTransactorSession struct {
	Contract     *EmptyContractTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// EmptyContractRaw is an auto generated low-level Go binding around an Ethereum contract.
type EmptyContractRaw struct {
	Contract *EmptyContract // Generic contract binding to access the raw methods on
}

// EmptyContractCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EmptyContractCallerRaw struct {
	Contract *EmptyContractCaller // Generic read-only contract binding to access the raw methods on
}

// EmptyContractTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EmptyContractTransactorRaw struct {
	Contract *EmptyContractTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEmptyContract creates a new instance of EmptyContract, bound to a specific deployed contract.
func NewEmptyContract(address common.Address, backend bind.ContractBackend) (*EmptyContract, error) {
	contract, err := bindEmptyContract(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EmptyContract{EmptyContractCaller: EmptyContractCaller{contract: contract}, EmptyContractTransactor: EmptyContractTransactor{contract: contract}, EmptyContractFilterer: EmptyContractFilterer{contract: contract}}, nil
}

// NewEmptyContractCaller creates a new read-only instance of EmptyContract, bound to a specific deployed contract.
func NewEmptyContractCaller(address common.Address, caller bind.ContractCaller) (*EmptyContractCaller, error) {
	contract, err := bindEmptyContract(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EmptyContractCaller{contract: contract}, nil
}

// NewEmptyContractTransactor creates a new write-only instance of EmptyContract, bound to a specific deployed contract.
func NewEmptyContractTransactor(address common.Address, transactor bind.ContractTransactor) (*EmptyContractTransactor, error) {
	contract, err := bindEmptyContract(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EmptyContractTransactor{contract: contract}, nil
}

// NewEmptyContractFilterer creates a new log filterer instance of EmptyContract, bound to a specific deployed contract.
func NewEmptyContractFilterer(address common.Address, filterer bind.ContractFilterer) (*EmptyContractFilterer, error) {
	contract, err := bindEmptyContract(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EmptyContractFilterer{contract: contract}, nil
}

// bindEmptyContract binds a generic wrapper to an already deployed contract.
func bindEmptyContract(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EmptyContractMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EmptyContract *EmptyContractRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EmptyContract.Contract.EmptyContractCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EmptyContract *EmptyContractRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EmptyContract.Contract.EmptyContractTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EmptyContract *EmptyContractRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EmptyContract.Contract.EmptyContractTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EmptyContract *EmptyContractCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EmptyContract.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EmptyContract *EmptyContractTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EmptyContract.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EmptyContract *EmptyContractTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EmptyContract.Contract.contract.Transact(opts, method, params...)
}

// Foo is a free data retrieval call binding the contract method 0xc2985578.
//
// Solidity: function foo() pure returns(uint256)
func (_EmptyContract *EmptyContractCaller) Foo(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EmptyContract.contract.Call(opts, &out, "foo")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Foo is a free data retrieval call binding the contract method 0xc2985578.
//
// Solidity: function foo() pure returns(uint256)
func (_EmptyContract *EmptyContractSession) Foo() (*big.Int, error) {
	return _EmptyContract.Contract.Foo(&_EmptyContract.CallOpts)
}

// Foo is a free data retrieval call binding the contract method 0xc2985578.
//
// Solidity: function foo() pure returns(uint256)
func (_EmptyContract *EmptyContractCallerSession) Foo() (*big.Int, error) {
	return _EmptyContract.Contract.Foo(&_EmptyContract.CallOpts)
}

// ParleyCertificateInboxMetaData contains all meta data concerning the ParleyCertificateInbox contract.
var ParleyCertificateInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"contractParleyTablePublisher\",\"name\":\"publisher_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"HISTORY_STORAGE_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CERTIFICATE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CERTS_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CERTS_PER_SUBMITTER_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SNAPSHOTS_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SNAPSHOT_AGE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_CERTIFICATE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"isSubmitter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"postedInBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bySubmitter\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"publisher\",\"outputs\":[{\"internalType\":\"contractParleyTablePublisher\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSubmitter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"snapshotBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"CertificatePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SubmitterSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BlockCertificateLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BlockSnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"CertificateSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotBlock\",\"type\":\"uint256\"}],\"name\":\"InvalidSnapshotBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotBlockHashUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"attested\",\"type\":\"bytes32\"}],\"name\":\"SnapshotRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubmitterCertificateLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"UnknownSnapshot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610da0380380610da083398101604081905261002e916100ee565b816001600160a01b0381166100565760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3506001600160a01b0381166100c55760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b031660805250610126565b6001600160a01b03811681146100eb575f5ffd5b50565b5f5f604083850312156100ff575f5ffd5b825161010a816100d7565b602084015190925061011b816100d7565b809150509250929050565b608051610c5b6101455f395f818161014b01526106660152610c5b5ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806396fbdc9911610093578063b86e4fdf11610063578063b86e4fdf14610226578063baf9b36914610230578063e30c397814610243578063f2fde38b14610256575f5ffd5b806396fbdc9914610197578063983ea261146101aa578063a926fdbc146101d2578063b535c9561461020d575f5ffd5b806379ba5097116100ce57806379ba5097146101335780637df548b41461013d5780638c72c54e146101465780638da5cb5b14610185575f5ffd5b80630653edf2146100ff57806335eb1dab1461011a57806343680676146101225780636c97d8091461012b575b5f5ffd5b610107600481565b6040519081526020015b60405180910390f35b610107601081565b61010761028081565b610107600281565b61013b610269565b005b610107611fff81565b61016d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610111565b5f5461016d906001600160a01b031681565b61013b6101a5366004610af3565b6102f1565b6101bd6101b8366004610b2c565b61037b565b60408051928352602083019190915201610111565b6101fd6101e0366004610b2c565b6001600160a01b03165f9081526003602052604090205460ff1690565b6040519015158152602001610111565b61016d71f90827f1c53a10cb7a02335b17532000293581565b6101076202034081565b61013b61023e366004610b4c565b610419565b60015461016d906001600160a01b031681565b61013b610264366004610b2c565b6109fe565b6001546001600160a01b0316331461029b5760405163a09b9a4360e01b81523360048201526024015b60405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b5f546001600160a01b0316331461031d5760405163245aecd360e01b8152336004820152602401610292565b6001600160a01b0382165f81815260036020908152604091829020805460ff191685151590811790915591519182527f54992e75d6204e64e6576ace5c7d2782c63fbb124424beb2fbaf3199c8817618910160405180910390a25050565b6002545f908190436001600160401b03909116036103a957600254600160401b90046001600160401b031691505b6001600160a01b0383165f908152600360209081526040918290208251606081018452905460ff8116151582526001600160401b0361010082048116938301849052600160481b90910416928101929092524390036104135780604001516001600160401b031691505b50915091565b335f908152600360209081526040918290208251606081018452905460ff811615158083526001600160401b036101008304811694840194909452600160481b9091049092169281019290925261048557604051630b5024e560e11b8152336004820152602401610292565b8161028081108061049857506202034081115b156104b95760405163042a45c360e31b815260048101829052602401610292565b604080516080810182526002546001600160401b03808216808452600160401b830482166020850152600160801b8304821694840194909452600160c01b909104811660608301524392908316146105395750604080516080810182526001600160401b03831681525f6020820181905291810182905260608101919091525b601081602001516001600160401b0316106105675760405163fdc5770960e01b815260040160405180910390fd5b816001600160401b031684602001516001600160401b03161461059a575f60408501526001600160401b03821660208501525b600484604001516001600160401b0316106105c857604051633f3a6ba960e11b815260040160405180910390fd5b60e0860135610100870135604082901c1515806105e55750438210155b156106065760405163ea6aab7b60e01b815260048101839052602401610292565b81611fff61061d6001600160401b03831643610bcc565b1115610647576040516336494c8560e21b81526001600160401b0382166004820152602401610292565b6040516271e92560e51b81526001600160401b03821660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630e3d24a090602401602060405180830381865afa1580156106b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d79190610be5565b90508061070257604051636ed58c9f60e11b81526001600160401b0383166004820152602401610292565b82811461073b57604051633f2a9c1960e11b81526001600160401b03831660048201526024810182905260448101849052606401610292565b84604001516001600160401b0316826001600160401b031614158015610777575084606001516001600160401b0316826001600160401b031614155b156107e55784604001516001600160401b03165f036107a4576001600160401b03821660408601526107e5565b84606001516001600160401b03165f036107cc576001600160401b03821660608601526107e5565b60405163b19a1f9360e01b815260040160405180910390fd5b5f6107ef83610a7a565b90508061081a576040516305f67c3b60e11b81526001600160401b0384166004820152602401610292565b6020860180519061082a82610bfc565b6001600160401b03169052506040890180519061084682610bfc565b6001600160401b03166001600160401b0316815250508560025f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506060820151815f0160186101000a8154816001600160401b0302191690836001600160401b031602179055509050508860035f336001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160096101000a8154816001600160401b0302191690836001600160401b03160217905550905050336001600160a01b03167f685a70b166d559b3741a992ed60116f3a75b68af8418bcf595640e65bf8fc079828d8d6040516109e993929190610c26565b60405180910390a25050505050505050505050565b5f546001600160a01b03163314610a2a5760405163245aecd360e01b8152336004820152602401610292565b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f610100610a916001600160401b03841643610bcc565b11610aa457506001600160401b03164090565b815f5260205f60205f71f90827f1c53a10cb7a02335b1753200029355afa60203d14811615610ad2575f5191505b50919050565b80356001600160a01b0381168114610aee575f5ffd5b919050565b5f5f60408385031215610b04575f5ffd5b610b0d83610ad8565b915060208301358015158114610b21575f5ffd5b809150509250929050565b5f60208284031215610b3c575f5ffd5b610b4582610ad8565b9392505050565b5f5f60208385031215610b5d575f5ffd5b82356001600160401b03811115610b72575f5ffd5b8301601f81018513610b82575f5ffd5b80356001600160401b03811115610b97575f5ffd5b856020828401011115610ba8575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610bdf57610bdf610bb8565b92915050565b5f60208284031215610bf5575f5ffd5b5051919050565b5f6001600160401b0382166001600160401b038103610c1d57610c1d610bb8565b60010192915050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f191601019291505056",
}

// ParleyCertificateInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleyCertificateInboxMetaData.ABI instead.
var ParleyCertificateInboxABI = ParleyCertificateInboxMetaData.ABI

// ParleyCertificateInboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleyCertificateInboxMetaData.Bin instead.
var ParleyCertificateInboxBin = ParleyCertificateInboxMetaData.Bin

// DeployParleyCertificateInbox deploys a new Ethereum contract, binding an instance of ParleyCertificateInbox to it.
func DeployParleyCertificateInbox(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address, publisher_ common.Address) (common.Address, *types.Transaction, *ParleyCertificateInbox, error) {
	parsed, err := ParleyCertificateInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleyCertificateInboxBin), backend, owner_, publisher_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ParleyCertificateInbox{ParleyCertificateInboxCaller: ParleyCertificateInboxCaller{contract: contract}, ParleyCertificateInboxTransactor: ParleyCertificateInboxTransactor{contract: contract}, ParleyCertificateInboxFilterer: ParleyCertificateInboxFilterer{contract: contract}}, nil
}

// ParleyCertificateInbox is an auto generated Go binding around an Ethereum contract.
type ParleyCertificateInbox struct {
	ParleyCertificateInboxCaller     // Read-only binding to the contract
	ParleyCertificateInboxTransactor // Write-only binding to the contract
	ParleyCertificateInboxFilterer   // Log filterer for contract events
}

// ParleyCertificateInboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type ParleyCertificateInboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyCertificateInboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ParleyCertificateInboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyCertificateInboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ParleyCertificateInboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyCertificateInboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ParleyCertificateInboxSession struct {
	Contract     *ParleyCertificateInbox // Generic contract binding to set the session for
	CallOpts     bind.CallOpts           // Call options to use throughout this session
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// ParleyCertificateInboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ParleyCertificateInboxCallerSession struct {
	Contract *ParleyCertificateInboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                 // Call options to use throughout this session
}

// ParleyCertificateInboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ParleyCertificateInboxTransactorSession struct {
	Contract     *ParleyCertificateInboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                 // Transaction auth options to use throughout this session
}

// ParleyCertificateInboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type ParleyCertificateInboxRaw struct {
	Contract *ParleyCertificateInbox // Generic contract binding to access the raw methods on
}

// ParleyCertificateInboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ParleyCertificateInboxCallerRaw struct {
	Contract *ParleyCertificateInboxCaller // Generic read-only contract binding to access the raw methods on
}

// ParleyCertificateInboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ParleyCertificateInboxTransactorRaw struct {
	Contract *ParleyCertificateInboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewParleyCertificateInbox creates a new instance of ParleyCertificateInbox, bound to a specific deployed contract.
func NewParleyCertificateInbox(address common.Address, backend bind.ContractBackend) (*ParleyCertificateInbox, error) {
	contract, err := bindParleyCertificateInbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInbox{ParleyCertificateInboxCaller: ParleyCertificateInboxCaller{contract: contract}, ParleyCertificateInboxTransactor: ParleyCertificateInboxTransactor{contract: contract}, ParleyCertificateInboxFilterer: ParleyCertificateInboxFilterer{contract: contract}}, nil
}

// NewParleyCertificateInboxCaller creates a new read-only instance of ParleyCertificateInbox, bound to a specific deployed contract.
func NewParleyCertificateInboxCaller(address common.Address, caller bind.ContractCaller) (*ParleyCertificateInboxCaller, error) {
	contract, err := bindParleyCertificateInbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxCaller{contract: contract}, nil
}

// NewParleyCertificateInboxTransactor creates a new write-only instance of ParleyCertificateInbox, bound to a specific deployed contract.
func NewParleyCertificateInboxTransactor(address common.Address, transactor bind.ContractTransactor) (*ParleyCertificateInboxTransactor, error) {
	contract, err := bindParleyCertificateInbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxTransactor{contract: contract}, nil
}

// NewParleyCertificateInboxFilterer creates a new log filterer instance of ParleyCertificateInbox, bound to a specific deployed contract.
func NewParleyCertificateInboxFilterer(address common.Address, filterer bind.ContractFilterer) (*ParleyCertificateInboxFilterer, error) {
	contract, err := bindParleyCertificateInbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxFilterer{contract: contract}, nil
}

// bindParleyCertificateInbox binds a generic wrapper to an already deployed contract.
func bindParleyCertificateInbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ParleyCertificateInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyCertificateInbox *ParleyCertificateInboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyCertificateInbox.Contract.ParleyCertificateInboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyCertificateInbox *ParleyCertificateInboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.ParleyCertificateInboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyCertificateInbox *ParleyCertificateInboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.ParleyCertificateInboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyCertificateInbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.contract.Transact(opts, method, params...)
}

// HISTORYSTORAGEADDRESS is a free data retrieval call binding the contract method 0xb535c956.
//
// Solidity: function HISTORY_STORAGE_ADDRESS() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) HISTORYSTORAGEADDRESS(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "HISTORY_STORAGE_ADDRESS")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// HISTORYSTORAGEADDRESS is a free data retrieval call binding the contract method 0xb535c956.
//
// Solidity: function HISTORY_STORAGE_ADDRESS() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) HISTORYSTORAGEADDRESS() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.HISTORYSTORAGEADDRESS(&_ParleyCertificateInbox.CallOpts)
}

// HISTORYSTORAGEADDRESS is a free data retrieval call binding the contract method 0xb535c956.
//
// Solidity: function HISTORY_STORAGE_ADDRESS() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) HISTORYSTORAGEADDRESS() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.HISTORYSTORAGEADDRESS(&_ParleyCertificateInbox.CallOpts)
}

// MAXCERTIFICATESIZE is a free data retrieval call binding the contract method 0xb86e4fdf.
//
// Solidity: function MAX_CERTIFICATE_SIZE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) MAXCERTIFICATESIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "MAX_CERTIFICATE_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCERTIFICATESIZE is a free data retrieval call binding the contract method 0xb86e4fdf.
//
// Solidity: function MAX_CERTIFICATE_SIZE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) MAXCERTIFICATESIZE() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXCERTIFICATESIZE(&_ParleyCertificateInbox.CallOpts)
}

// MAXCERTIFICATESIZE is a free data retrieval call binding the contract method 0xb86e4fdf.
//
// Solidity: function MAX_CERTIFICATE_SIZE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) MAXCERTIFICATESIZE() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXCERTIFICATESIZE(&_ParleyCertificateInbox.CallOpts)
}

// MAXCERTSPERBLOCK is a free data retrieval call binding the contract method 0x35eb1dab.
//
// Solidity: function MAX_CERTS_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) MAXCERTSPERBLOCK(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "MAX_CERTS_PER_BLOCK")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCERTSPERBLOCK is a free data retrieval call binding the contract method 0x35eb1dab.
//
// Solidity: function MAX_CERTS_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) MAXCERTSPERBLOCK() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXCERTSPERBLOCK(&_ParleyCertificateInbox.CallOpts)
}

// MAXCERTSPERBLOCK is a free data retrieval call binding the contract method 0x35eb1dab.
//
// Solidity: function MAX_CERTS_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) MAXCERTSPERBLOCK() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXCERTSPERBLOCK(&_ParleyCertificateInbox.CallOpts)
}

// MAXCERTSPERSUBMITTERPERBLOCK is a free data retrieval call binding the contract method 0x0653edf2.
//
// Solidity: function MAX_CERTS_PER_SUBMITTER_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) MAXCERTSPERSUBMITTERPERBLOCK(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "MAX_CERTS_PER_SUBMITTER_PER_BLOCK")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCERTSPERSUBMITTERPERBLOCK is a free data retrieval call binding the contract method 0x0653edf2.
//
// Solidity: function MAX_CERTS_PER_SUBMITTER_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) MAXCERTSPERSUBMITTERPERBLOCK() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXCERTSPERSUBMITTERPERBLOCK(&_ParleyCertificateInbox.CallOpts)
}

// MAXCERTSPERSUBMITTERPERBLOCK is a free data retrieval call binding the contract method 0x0653edf2.
//
// Solidity: function MAX_CERTS_PER_SUBMITTER_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) MAXCERTSPERSUBMITTERPERBLOCK() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXCERTSPERSUBMITTERPERBLOCK(&_ParleyCertificateInbox.CallOpts)
}

// MAXSNAPSHOTSPERBLOCK is a free data retrieval call binding the contract method 0x6c97d809.
//
// Solidity: function MAX_SNAPSHOTS_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) MAXSNAPSHOTSPERBLOCK(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "MAX_SNAPSHOTS_PER_BLOCK")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSNAPSHOTSPERBLOCK is a free data retrieval call binding the contract method 0x6c97d809.
//
// Solidity: function MAX_SNAPSHOTS_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) MAXSNAPSHOTSPERBLOCK() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXSNAPSHOTSPERBLOCK(&_ParleyCertificateInbox.CallOpts)
}

// MAXSNAPSHOTSPERBLOCK is a free data retrieval call binding the contract method 0x6c97d809.
//
// Solidity: function MAX_SNAPSHOTS_PER_BLOCK() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) MAXSNAPSHOTSPERBLOCK() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXSNAPSHOTSPERBLOCK(&_ParleyCertificateInbox.CallOpts)
}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) MAXSNAPSHOTAGE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "MAX_SNAPSHOT_AGE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) MAXSNAPSHOTAGE() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXSNAPSHOTAGE(&_ParleyCertificateInbox.CallOpts)
}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) MAXSNAPSHOTAGE() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MAXSNAPSHOTAGE(&_ParleyCertificateInbox.CallOpts)
}

// MINCERTIFICATESIZE is a free data retrieval call binding the contract method 0x43680676.
//
// Solidity: function MIN_CERTIFICATE_SIZE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) MINCERTIFICATESIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "MIN_CERTIFICATE_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINCERTIFICATESIZE is a free data retrieval call binding the contract method 0x43680676.
//
// Solidity: function MIN_CERTIFICATE_SIZE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) MINCERTIFICATESIZE() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MINCERTIFICATESIZE(&_ParleyCertificateInbox.CallOpts)
}

// MINCERTIFICATESIZE is a free data retrieval call binding the contract method 0x43680676.
//
// Solidity: function MIN_CERTIFICATE_SIZE() view returns(uint256)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) MINCERTIFICATESIZE() (*big.Int, error) {
	return _ParleyCertificateInbox.Contract.MINCERTIFICATESIZE(&_ParleyCertificateInbox.CallOpts)
}

// IsSubmitter is a free data retrieval call binding the contract method 0xa926fdbc.
//
// Solidity: function isSubmitter(address submitter) view returns(bool)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) IsSubmitter(opts *bind.CallOpts, submitter common.Address) (bool, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "isSubmitter", submitter)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSubmitter is a free data retrieval call binding the contract method 0xa926fdbc.
//
// Solidity: function isSubmitter(address submitter) view returns(bool)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) IsSubmitter(submitter common.Address) (bool, error) {
	return _ParleyCertificateInbox.Contract.IsSubmitter(&_ParleyCertificateInbox.CallOpts, submitter)
}

// IsSubmitter is a free data retrieval call binding the contract method 0xa926fdbc.
//
// Solidity: function isSubmitter(address submitter) view returns(bool)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) IsSubmitter(submitter common.Address) (bool, error) {
	return _ParleyCertificateInbox.Contract.IsSubmitter(&_ParleyCertificateInbox.CallOpts, submitter)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) Owner() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.Owner(&_ParleyCertificateInbox.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) Owner() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.Owner(&_ParleyCertificateInbox.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) PendingOwner() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.PendingOwner(&_ParleyCertificateInbox.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) PendingOwner() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.PendingOwner(&_ParleyCertificateInbox.CallOpts)
}

// PostedInBlock is a free data retrieval call binding the contract method 0x983ea261.
//
// Solidity: function postedInBlock(address submitter) view returns(uint256 total, uint256 bySubmitter)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) PostedInBlock(opts *bind.CallOpts, submitter common.Address) (struct {
	Total       *big.Int
	BySubmitter *big.Int
}, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "postedInBlock", submitter)

	outstruct := new(struct {
		Total       *big.Int
		BySubmitter *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Total = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.BySubmitter = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// PostedInBlock is a free data retrieval call binding the contract method 0x983ea261.
//
// Solidity: function postedInBlock(address submitter) view returns(uint256 total, uint256 bySubmitter)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) PostedInBlock(submitter common.Address) (struct {
	Total       *big.Int
	BySubmitter *big.Int
}, error) {
	return _ParleyCertificateInbox.Contract.PostedInBlock(&_ParleyCertificateInbox.CallOpts, submitter)
}

// PostedInBlock is a free data retrieval call binding the contract method 0x983ea261.
//
// Solidity: function postedInBlock(address submitter) view returns(uint256 total, uint256 bySubmitter)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) PostedInBlock(submitter common.Address) (struct {
	Total       *big.Int
	BySubmitter *big.Int
}, error) {
	return _ParleyCertificateInbox.Contract.PostedInBlock(&_ParleyCertificateInbox.CallOpts, submitter)
}

// Publisher is a free data retrieval call binding the contract method 0x8c72c54e.
//
// Solidity: function publisher() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCaller) Publisher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyCertificateInbox.contract.Call(opts, &out, "publisher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Publisher is a free data retrieval call binding the contract method 0x8c72c54e.
//
// Solidity: function publisher() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) Publisher() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.Publisher(&_ParleyCertificateInbox.CallOpts)
}

// Publisher is a free data retrieval call binding the contract method 0x8c72c54e.
//
// Solidity: function publisher() view returns(address)
func (_ParleyCertificateInbox *ParleyCertificateInboxCallerSession) Publisher() (common.Address, error) {
	return _ParleyCertificateInbox.Contract.Publisher(&_ParleyCertificateInbox.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyCertificateInbox.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) AcceptOwnership() (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.AcceptOwnership(&_ParleyCertificateInbox.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.AcceptOwnership(&_ParleyCertificateInbox.TransactOpts)
}

// Post is a paid mutator transaction binding the contract method 0xbaf9b369.
//
// Solidity: function post(bytes certificate) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactor) Post(opts *bind.TransactOpts, certificate []byte) (*types.Transaction, error) {
	return _ParleyCertificateInbox.contract.Transact(opts, "post", certificate)
}

// Post is a paid mutator transaction binding the contract method 0xbaf9b369.
//
// Solidity: function post(bytes certificate) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) Post(certificate []byte) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.Post(&_ParleyCertificateInbox.TransactOpts, certificate)
}

// Post is a paid mutator transaction binding the contract method 0xbaf9b369.
//
// Solidity: function post(bytes certificate) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactorSession) Post(certificate []byte) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.Post(&_ParleyCertificateInbox.TransactOpts, certificate)
}

// SetSubmitter is a paid mutator transaction binding the contract method 0x96fbdc99.
//
// Solidity: function setSubmitter(address submitter, bool allowed) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactor) SetSubmitter(opts *bind.TransactOpts, submitter common.Address, allowed bool) (*types.Transaction, error) {
	return _ParleyCertificateInbox.contract.Transact(opts, "setSubmitter", submitter, allowed)
}

// SetSubmitter is a paid mutator transaction binding the contract method 0x96fbdc99.
//
// Solidity: function setSubmitter(address submitter, bool allowed) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) SetSubmitter(submitter common.Address, allowed bool) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.SetSubmitter(&_ParleyCertificateInbox.TransactOpts, submitter, allowed)
}

// SetSubmitter is a paid mutator transaction binding the contract method 0x96fbdc99.
//
// Solidity: function setSubmitter(address submitter, bool allowed) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactorSession) SetSubmitter(submitter common.Address, allowed bool) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.SetSubmitter(&_ParleyCertificateInbox.TransactOpts, submitter, allowed)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ParleyCertificateInbox.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.TransferOwnership(&_ParleyCertificateInbox.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyCertificateInbox *ParleyCertificateInboxTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ParleyCertificateInbox.Contract.TransferOwnership(&_ParleyCertificateInbox.TransactOpts, newOwner)
}

// ParleyCertificateInboxCertificatePostedIterator is returned from FilterCertificatePosted and is used to iterate over the raw logs and unpacked data for CertificatePosted events raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxCertificatePostedIterator struct {
	Event *ParleyCertificateInboxCertificatePosted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyCertificateInboxCertificatePostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyCertificateInboxCertificatePosted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyCertificateInboxCertificatePosted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyCertificateInboxCertificatePostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyCertificateInboxCertificatePostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyCertificateInboxCertificatePosted represents a CertificatePosted event raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxCertificatePosted struct {
	Submitter         common.Address
	SnapshotBlockHash [32]byte
	Certificate       []byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterCertificatePosted is a free log retrieval operation binding the contract event 0x685a70b166d559b3741a992ed60116f3a75b68af8418bcf595640e65bf8fc079.
//
// Solidity: event CertificatePosted(address indexed submitter, bytes32 snapshotBlockHash, bytes certificate)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) FilterCertificatePosted(opts *bind.FilterOpts, submitter []common.Address) (*ParleyCertificateInboxCertificatePostedIterator, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.FilterLogs(opts, "CertificatePosted", submitterRule)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxCertificatePostedIterator{contract: _ParleyCertificateInbox.contract, event: "CertificatePosted", logs: logs, sub: sub}, nil
}

// WatchCertificatePosted is a free log subscription operation binding the contract event 0x685a70b166d559b3741a992ed60116f3a75b68af8418bcf595640e65bf8fc079.
//
// Solidity: event CertificatePosted(address indexed submitter, bytes32 snapshotBlockHash, bytes certificate)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) WatchCertificatePosted(opts *bind.WatchOpts, sink chan<- *ParleyCertificateInboxCertificatePosted, submitter []common.Address) (event.Subscription, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.WatchLogs(opts, "CertificatePosted", submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyCertificateInboxCertificatePosted)
				if err := _ParleyCertificateInbox.contract.UnpackLog(event, "CertificatePosted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCertificatePosted is a log parse operation binding the contract event 0x685a70b166d559b3741a992ed60116f3a75b68af8418bcf595640e65bf8fc079.
//
// Solidity: event CertificatePosted(address indexed submitter, bytes32 snapshotBlockHash, bytes certificate)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) ParseCertificatePosted(log types.Log) (*ParleyCertificateInboxCertificatePosted, error) {
	event := new(ParleyCertificateInboxCertificatePosted)
	if err := _ParleyCertificateInbox.contract.UnpackLog(event, "CertificatePosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyCertificateInboxOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxOwnershipTransferStartedIterator struct {
	Event *ParleyCertificateInboxOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyCertificateInboxOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyCertificateInboxOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyCertificateInboxOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyCertificateInboxOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyCertificateInboxOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyCertificateInboxOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ParleyCertificateInboxOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxOwnershipTransferStartedIterator{contract: _ParleyCertificateInbox.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ParleyCertificateInboxOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyCertificateInboxOwnershipTransferStarted)
				if err := _ParleyCertificateInbox.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) ParseOwnershipTransferStarted(log types.Log) (*ParleyCertificateInboxOwnershipTransferStarted, error) {
	event := new(ParleyCertificateInboxOwnershipTransferStarted)
	if err := _ParleyCertificateInbox.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyCertificateInboxOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxOwnershipTransferredIterator struct {
	Event *ParleyCertificateInboxOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyCertificateInboxOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyCertificateInboxOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyCertificateInboxOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyCertificateInboxOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyCertificateInboxOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyCertificateInboxOwnershipTransferred represents a OwnershipTransferred event raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ParleyCertificateInboxOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxOwnershipTransferredIterator{contract: _ParleyCertificateInbox.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ParleyCertificateInboxOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyCertificateInboxOwnershipTransferred)
				if err := _ParleyCertificateInbox.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) ParseOwnershipTransferred(log types.Log) (*ParleyCertificateInboxOwnershipTransferred, error) {
	event := new(ParleyCertificateInboxOwnershipTransferred)
	if err := _ParleyCertificateInbox.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyCertificateInboxSubmitterSetIterator is returned from FilterSubmitterSet and is used to iterate over the raw logs and unpacked data for SubmitterSet events raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxSubmitterSetIterator struct {
	Event *ParleyCertificateInboxSubmitterSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyCertificateInboxSubmitterSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyCertificateInboxSubmitterSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyCertificateInboxSubmitterSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyCertificateInboxSubmitterSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyCertificateInboxSubmitterSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyCertificateInboxSubmitterSet represents a SubmitterSet event raised by the ParleyCertificateInbox contract.
type ParleyCertificateInboxSubmitterSet struct {
	Submitter common.Address
	Allowed   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSubmitterSet is a free log retrieval operation binding the contract event 0x54992e75d6204e64e6576ace5c7d2782c63fbb124424beb2fbaf3199c8817618.
//
// Solidity: event SubmitterSet(address indexed submitter, bool allowed)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) FilterSubmitterSet(opts *bind.FilterOpts, submitter []common.Address) (*ParleyCertificateInboxSubmitterSetIterator, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.FilterLogs(opts, "SubmitterSet", submitterRule)
	if err != nil {
		return nil, err
	}
	return &ParleyCertificateInboxSubmitterSetIterator{contract: _ParleyCertificateInbox.contract, event: "SubmitterSet", logs: logs, sub: sub}, nil
}

// WatchSubmitterSet is a free log subscription operation binding the contract event 0x54992e75d6204e64e6576ace5c7d2782c63fbb124424beb2fbaf3199c8817618.
//
// Solidity: event SubmitterSet(address indexed submitter, bool allowed)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) WatchSubmitterSet(opts *bind.WatchOpts, sink chan<- *ParleyCertificateInboxSubmitterSet, submitter []common.Address) (event.Subscription, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ParleyCertificateInbox.contract.WatchLogs(opts, "SubmitterSet", submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyCertificateInboxSubmitterSet)
				if err := _ParleyCertificateInbox.contract.UnpackLog(event, "SubmitterSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubmitterSet is a log parse operation binding the contract event 0x54992e75d6204e64e6576ace5c7d2782c63fbb124424beb2fbaf3199c8817618.
//
// Solidity: event SubmitterSet(address indexed submitter, bool allowed)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) ParseSubmitterSet(log types.Log) (*ParleyCertificateInboxSubmitterSet, error) {
	event := new(ParleyCertificateInboxSubmitterSet)
	if err := _ParleyCertificateInbox.contract.UnpackLog(event, "SubmitterSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarMetaData contains all meta data concerning the ParleyRegistrar contract.
var ParleyRegistrarMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"contractIAllocationManager\",\"name\":\"am\",\"type\":\"address\"},{\"internalType\":\"contractIKeyRegistrar\",\"name\":\"kr\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_ENTRIES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPERATOR_SET_ID\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SNAPSHOT_AGE\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"multipliers\",\"type\":\"uint256[]\"}],\"name\":\"addStrategies\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"contractIAllocationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"multipliers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint96\",\"name\":\"minWeight_\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxMembers_\",\"type\":\"uint32\"}],\"name\":\"createOperatorSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"ids\",\"type\":\"uint32[]\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"ids\",\"type\":\"uint32[]\"}],\"name\":\"eject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"isOperatorSet\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keyRegistrar\",\"outputs\":[{\"internalType\":\"contractIKeyRegistrar\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"maxMembers\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"minWeight\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"multiplierOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSetIds\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"ids\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"}],\"name\":\"setMaxMembers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setMetadataURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"w\",\"type\":\"uint96\"}],\"name\":\"setMinWeight\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy\",\"name\":\"strategy\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"multiplier\",\"type\":\"uint256\"}],\"name\":\"setMultiplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"slasher_\",\"type\":\"address\"}],\"name\":\"setSlasher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"wadsToSlash\",\"type\":\"uint256[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"internalType\":\"structIAllocationManager.SlashingParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"slashOperator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"strategiesOf\",\"outputs\":[{\"internalType\":\"contractIStrategy[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"multipliers\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"}],\"name\":\"supportsAVS\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMaxMembers\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"futureBlock\",\"type\":\"uint32\"}],\"name\":\"weightsOf\",\"outputs\":[{\"internalType\":\"uint96[]\",\"name\":\"\",\"type\":\"uint96[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxMembers\",\"type\":\"uint32\"}],\"name\":\"MaxMembersSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minWeight\",\"type\":\"uint96\"}],\"name\":\"MinWeightSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"contractIStrategy\",\"name\":\"strategy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"multiplier\",\"type\":\"uint256\"}],\"name\":\"MultiplierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minWeight\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxMembers\",\"type\":\"uint32\"}],\"name\":\"OperatorSetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashId\",\"type\":\"uint256\"}],\"name\":\"OperatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"SlasherSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"contractIStrategy\",\"name\":\"strategy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"multiplier\",\"type\":\"uint256\"}],\"name\":\"StrategyAdded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"DuplicateStrategy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"weight\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minWeight\",\"type\":\"uint96\"}],\"name\":\"InsufficientWeight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"InvalidOperatorSetId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStakes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"}],\"name\":\"MaxMembersBelowMemberCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"MaxMembersExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"MissingKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAllocationManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSlasher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"OperatorSetExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMembers\",\"type\":\"uint32\"}],\"name\":\"OperatorSetFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyOperatorSets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"UnknownOperatorSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"contractIStrategy\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"UnknownStrategy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"}],\"name\":\"WrongAVS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051612ec6380380612ec683398101604081905261002e91610108565b826001600160a01b0381166100565760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3506001600160a01b03821615806100bb57506001600160a01b038116155b156100d95760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b039182166080521660a05250610152565b6001600160a01b0381168114610105575f5ffd5b50565b5f5f5f6060848603121561011a575f5ffd5b8351610125816100f1565b6020850151909350610136816100f1565b6040850151909250610147816100f1565b809150509250925092565b60805160a051612cff6101c75f395f818161026f0152818161111f015261198201525f81816104a101528181610611015281816107ae0152818161091101528181610a6101528181610c9901528181610f8c015281816111c9015281816113bc015281816118f20152611c590152612cff5ff3fe608060405234801561000f575f5ffd5b50600436106101f1575f3560e01c806399211fdf11610114578063beb0f347116100a9578063df362def11610079578063df362def146104eb578063e30c3978146104fe578063f22c3ab214610511578063f2fde38b1461055e578063fdb46b6c14610571575f5ffd5b8063beb0f3471461045c578063c63fd50214610489578063ca8aa7c71461049c578063d7897ec4146104c3575f5ffd5b8063aabc2496116100e4578063aabc2496146103fa578063b13442711461040d578063b1b51a0914610428578063b526578714610430575f5ffd5b806399211fdf146103715780639ee3beb9146103be5780639f4b1b7c146103c6578063a3fac0b5146103d9575f5ffd5b80636a1460241161018a5780637df548b41161015a5780637df548b41461033057806385f8f26d146103395780638da5cb5b1461034c578063971dc5541461035e575f5ffd5b80636a146024146102fd578063750521f51461030c57806379ba50971461031f5780637d4cb96414610327575f5ffd5b80633ec45c7e116101c55780633ec45c7e1461026a57806345adcabb146102a95780634da813d8146102c95780635a7b7771146102dc575f5ffd5b8062d56989146101f55780631563bd4f1461021f578063303ca956146102345780633d07142214610249575b5f5ffd5b6007546102059063ffffffff1681565b60405163ffffffff90911681526020015b60405180910390f35b610227610584565b604051610216919061218b565b61024761024236600461222e565b610605565b005b61025c61025736600461228e565b610746565b604051610216929190612305565b6102917f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610216565b6102bc6102b736600461233d565b6108ba565b604051610216919061239d565b6102476102d73660046123dd565b6108e3565b6102ef6102ea36600461242d565b6109ee565b604051908152602001610216565b6102ef670de0b6b3a764000081565b61024761031a36600461249f565b610a1e565b610247610ac3565b6102ef61100081565b610205611fff81565b6102476103473660046124dd565b610b46565b5f54610291906001600160a01b031681565b61024761036c366004612519565b610c40565b6103a661037f366004612597565b63ffffffff165f90815260026020526040902054600160281b90046001600160401b031690565b6040516001600160401b039091168152602001610216565b61020560c081565b6102476103d43660046125c6565b610d08565b6103ec6103e7366004612597565b610db6565b604051610216929190612630565b610247610408366004612654565b610efd565b6007546102919064010000000090046001600160a01b031681565b6102ef602081565b61044c61043e366004612654565b6001600160a01b0316301490565b6040519015158152602001610216565b61020561046a366004612597565b63ffffffff9081165f9081526002602052604090205461010090041690565b61024761049736600461266f565b610f80565b6102917f000000000000000000000000000000000000000000000000000000000000000081565b61044c6104d1366004612597565b63ffffffff165f9081526002602052604090205460ff1690565b6102476104f9366004612701565b611357565b600154610291906001600160a01b031681565b61054661051f366004612597565b63ffffffff165f90815260026020526040902054600160681b90046001600160601b031690565b6040516001600160601b039091168152602001610216565b61024761056c366004612654565b611545565b61024761057f366004612729565b6115c1565b606060068054806020026020016040519081016040528092919081815260200182805480156105fb57602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116105be5790505b5050505050905090565b82336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610656576040516322752f3160e21b81523360048201526024015b60405180910390fd5b6001600160a01b038116301461068a5760405163fcc7b91d60e01b81526001600160a01b038216600482015260240161064d565b5f5b8281101561073e578383828181106106a6576106a66127c7565b90506020020160208101906106bb9190612597565b63ffffffff16866001600160a01b03167f04671e4494373e6d091b3cd753258113ef651c122871d802b353f55d7e3c50b661071b878786818110610701576107016127c7565b90506020020160208101906107169190612597565b6119f3565b6040516001600160401b03909116815260200160405180910390a360010161068c565b505050505050565b5f80546060906001600160a01b03163314801590610777575060075464010000000090046001600160a01b03163314155b15610797576040516325e066bb60e11b815233600482015260240161064d565b604051633635205760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906336352057906107e590309087906004016128c6565b5f604051808303815f875af1158015610800573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261082791908101906129b4565b90925090505f6108406107166040860160208701612597565b90506108526040850160208601612597565b63ffffffff166108656020860186612654565b604080516001600160401b0385168152602081018790526001600160a01b0392909216917fe96330825036647839512625ea6ff8e02d5cd17db777ab0d4f66e2aed3e2767d910160405180910390a350915091565b60606108c585611a62565b836108d4868286600187611aa2565b90508360051b60400160408203f35b5f546001600160a01b0316331461090f5760405163245aecd360e01b815233600482015260240161064d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e3492b56040518060600160405280866001600160a01b03168152602001306001600160a01b031681526020018585808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050509152506040516001600160e01b031960e084901b1681526109bc9190600401612a86565b5f604051808303815f87803b1580156109d3575f5ffd5b505af11580156109e5573d5f5f3e3d5ffd5b50505050505050565b63ffffffff82165f9081526004602090815260408083206001600160a01b03851684529091529020545b92915050565b5f546001600160a01b03163314610a4a5760405163245aecd360e01b815233600482015260240161064d565b60405163a982182160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a982182190610a9a90309086908690600401612afe565b5f604051808303815f87803b158015610ab1575f5ffd5b505af115801561073e573d5f5f3e3d5ffd5b6001546001600160a01b03163314610af05760405163a09b9a4360e01b815233600482015260240161064d565b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b5f546001600160a01b03163314610b725760405163245aecd360e01b815233600482015260240161064d565b610b7b83611a62565b63ffffffff83165f9081526005602090815260408083206001600160a01b038616845290915290205460ff16610bdb57604051637a08dbef60e11b815263ffffffff841660048201526001600160a01b038316602482015260440161064d565b63ffffffff83165f8181526004602090815260408083206001600160a01b03871680855290835292819020859055518481529192917f574792c0647962c98c8bad0f019d2b997e1f595c8c77c73767c805eb88f2519b910160405180910390a3505050565b5f546001600160a01b03163314610c6c5760405163245aecd360e01b815233600482015260240161064d565b610c7585611a62565b610c828585858585611e05565b604051630287f75160e51b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906350feea2090610cd4903090899089908990600401612b22565b5f604051808303815f87803b158015610ceb575f5ffd5b505af1158015610cfd573d5f5f3e3d5ffd5b505050505050505050565b5f546001600160a01b03163314610d345760405163245aecd360e01b815233600482015260240161064d565b610d3d82611a62565b63ffffffff82165f8181526002602090815260409182902080546bffffffffffffffffffffffff60681b1916600160681b6001600160601b0387169081029190911790915591519182527fe2d30217cbf2fdb02659deeab78a5c27d8b3a570813056a0ed2ef6b36937d4f8910160405180910390a25050565b60608060035f8463ffffffff1663ffffffff1681526020019081526020015f20805480602002602001604051908101604052809291908181526020018280548015610e2857602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e0a575b5050505050915081516001600160401b03811115610e4857610e486129a0565b604051908082528060200260200182016040528015610e71578160200160208202803683370190505b5090505f5b8251811015610ef75763ffffffff84165f9081526004602052604081208451909190859084908110610eaa57610eaa6127c7565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2054828281518110610ee457610ee46127c7565b6020908102919091010152600101610e76565b50915091565b5f546001600160a01b03163314610f295760405163245aecd360e01b815233600482015260240161064d565b60078054640100000000600160c01b0319166401000000006001600160a01b038416908102919091179091556040517f93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e905f90a250565b84336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610fcc576040516322752f3160e21b815233600482015260240161064d565b6001600160a01b03811630146110005760405163fcc7b91d60e01b81526001600160a01b038216600482015260240161064d565b5f61100d611fff43612b70565b90505f5b85811015610cfd575f87878381811061102c5761102c6127c7565b90506020020160208101906110419190612597565b63ffffffff8181165f908152600260209081526040918290208251608081018452905460ff81161515808352610100820490951692820192909252600160281b82046001600160401b031692810192909252600160681b90046001600160601b031660608201529192506110d0576040516390e8092560e01b815263ffffffff8316600482015260240161064d565b60408051808201825230815263ffffffff80851660208301908152925163bd30a0b960e01b815282516001600160a01b039081166004830152935190911660248201528d8316604482015290917f0000000000000000000000000000000000000000000000000000000000000000169063bd30a0b990606401602060405180830381865afa158015611164573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111889190612b83565b6111bc5760405163702cbbf560e11b815263ffffffff841660048201526001600160a01b038d16602482015260440161064d565b816020015163ffffffff167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b2447af7836040518263ffffffff1660e01b81526004016112139190612ba2565b602060405180830381865afa15801561122e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112529190612bc8565b1115611287576020820151604051630ff6172f60e01b815263ffffffff8086166004830152909116602482015260440161064d565b5f611293848e88611fbf565b905082606001516001600160601b0316816001600160601b031610156112f157606083015160405163739173a360e11b815263ffffffff861660048201526001600160601b038084166024830152909116604482015260640161064d565b8363ffffffff168d6001600160a01b03167f718c240a0c5d7d4584db3831aeaa9849600903e5908a896615abd2930351b3e661132c876119f3565b6040516001600160401b03909116815260200160405180910390a35050600190920191506110119050565b5f546001600160a01b031633146113835760405163245aecd360e01b815233600482015260240161064d565b61138c82611a62565b60408051808201825230815263ffffffff84166020820152905163b2447af760e01b81525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163b2447af7916113ef91600401612ba2565b602060405180830381865afa15801561140a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061142e9190612bc8565b9050808263ffffffff16101561146657604051630a3d90e760e41b815263ffffffff841660048201526024810182905260440161064d565b63ffffffff8381165f9081526002602052604081205460075491928086169261149792610100900482169116612bdf565b6114a19190612b70565b90506110008111156114c957604051630b5c85dd60e31b81526004810182905260240161064d565b6007805463ffffffff191663ffffffff838116919091179091558481165f81815260026020908152604091829020805464ffffffff001916610100958916958602179055905192835290917f8d70f5e4e49eac1992e1e61fe5f2c63a6240ee72611f8ea1c4f2a57782e81951910160405180910390a250505050565b5f546001600160a01b031633146115715760405163245aecd360e01b815233600482015260240161064d565b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f546001600160a01b031633146115ed5760405163245aecd360e01b815233600482015260240161064d565b60c063ffffffff88161061161c57604051634cfb749960e01b815263ffffffff8816600482015260240161064d565b63ffffffff87165f9081526002602052604090205460ff161561165a57604051630c59c77b60e01b815263ffffffff8816600482015260240161064d565b60065460201161167d57604051633595c25b60e01b815260040160405180910390fd5b6007545f906116959063ffffffff8085169116612b70565b90506110008111156116bd57604051630b5c85dd60e31b81526004810182905260240161064d565b8060075f6101000a81548163ffffffff021916908363ffffffff16021790555060405180608001604052806001151581526020018363ffffffff1681526020015f6001600160401b03168152602001846001600160601b031681525060025f8a63ffffffff1663ffffffff1681526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a8154816001600160401b0302191690836001600160401b031602179055506060820151815f01600d6101000a8154816001600160601b0302191690836001600160601b031602179055509050506117dd88611fe8565b604080516001600160601b038516815263ffffffff84811660208301528a16917f609170d97062a4e6adae961e7eb7d625fb887110737627e67387ef8182d3c2bb910160405180910390a26118358888888888611e05565b6040805160018082528183019092525f91816020015b604080518082019091525f81526060602082015281526020019060019003908161184b57905050905060405180604001604052808a63ffffffff1681526020018989808060200260200160405190810160405280939291908181526020018383602002808284375f92018290525093909452505083518492506118d0576118d06127c7565b6020908102919091010152604051630130fc2760e51b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063261f84e0906119299030908590600401612bf2565b5f604051808303815f87803b158015611940575f5ffd5b505af1158015611952573d5f5f3e3d5ffd5b505060408051808201825230815263ffffffff8d166020820152905163ea0d814960e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016935063ea0d814992506119bb9190600290600401612c81565b5f604051808303815f87803b1580156119d2575f5ffd5b505af11580156119e4573d5f5f3e3d5ffd5b50505050505050505050505050565b63ffffffff81165f90815260026020526040812054611a2390600160281b90046001600160401b03166001612ccb565b63ffffffff929092165f90815260026020526040902080546cffffffffffffffff00000000001916600160281b6001600160401b038516021790555090565b63ffffffff81165f9081526002602052604090205460ff16611a9f576040516390e8092560e01b815263ffffffff8216600482015260240161064d565b50565b63ffffffff85165f90815260036020908152604080832080548251818502810185019093528083528493830182828015611b0357602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611ae5575b505050505090505f815190505f816001600160401b03811115611b2857611b286129a0565b604051908082528060200260200182016040528015611b51578160200160208202803683370190505b5090505f5b82811015611bd65763ffffffff8a165f9081526004602052604081208551909190869084908110611b8957611b896127c7565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2054828281518110611bc357611bc36127c7565b6020908102919091010152600101611b56565b50604080510193508660051b840160405260206040850352866020850352865f03611c0357505050611dfc565b815f03611c19578660051b368537505050611dfc565b6040516315d5962560e11b808252306004830152602482018b905260a0604483015260c060058a901b0160648301526084820187905260a48201899052907f0000000000000000000000000000000000000000000000000000000000000000905f90898015611c91578b60051b8d60c4840137611c9c565b8b60051b8d60c484015e5b508a60051b60c48201018681528660051b60208901602083015e5f5f838960051b60200184010384875afa611cd3573d5f833e3d82fd5b503d805f833e6001870160051b6040018c60208401511415602084511415178d60051b8201831017935060408301925080820391505f5b84158e82101615611dd3578060051b840151808501925089835114158482111715611d39576001955050611dd3565b505f5f5b8a811015611da9576001810160051b84810151908b01518115158115151615611d9f576001600160601b03815f19048311611d995750670de0b6b3a7640000828202046001600160601b03811115611d9957506001600160601b035b93909301925b5050600101611d3d565b506001600160601b03811115611dc357506001600160601b035b600582901b8c0152600101611d0a565b505050508015611df557604051624f1cd560e51b815260040160405180910390fd5b5050505050505b95945050505050565b828114611e28576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8381101561073e575f858583818110611e4557611e456127c7565b9050602002016020810190611e5a9190612654565b63ffffffff88165f9081526005602090815260408083206001600160a01b038516845290915290205490915060ff1615611ebe5760405163e4efc98960e01b815263ffffffff881660048201526001600160a01b038216602482015260440161064d565b63ffffffff87165f9081526005602090815260408083206001600160a01b03851684529091529020805460ff19166001179055838383818110611f0357611f036127c7565b63ffffffff8a165f8181526004602090815260408083206001600160a01b038916808552908352818420958302979097013590945582825260038152928120805460018101825590825292902090910180546001600160a01b0319168417905590507fa4adf1c4d6057aa0f73960ac544cff5ca78db4bb72c7fe115ab2c38680d1e6cf868686818110611f9857611f986127c7565b90506020020135604051611fae91815260200190565b60405180910390a350600101611e2a565b5f5f604051905083815260208101604052611fde858260015f87611aa2565b5195945050505050565b60068054600180820183555f8381527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f6008840401805460079094166004026101000a63ffffffff8181021990951694871602939093179092559154909161204f91612bdf565b90505b5f811180156120a5575063ffffffff82166006612070600184612bdf565b81548110612080576120806127c7565b5f918252602090912060088204015460079091166004026101000a900463ffffffff16115b156121425760066120b7600183612bdf565b815481106120c7576120c76127c7565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff16600682815481106120fe576120fe6127c7565b905f5260205f2090600891828204019190066004026101000a81548163ffffffff021916908363ffffffff160217905550808061213a90612cea565b915050612052565b8160068281548110612156576121566127c7565b905f5260205f2090600891828204019190066004026101000a81548163ffffffff021916908363ffffffff1602179055505050565b602080825282518282018190525f918401906040840190835b818110156121c857835163ffffffff168352602093840193909201916001016121a4565b509095945050505050565b6001600160a01b0381168114611a9f575f5ffd5b5f5f83601f8401126121f7575f5ffd5b5081356001600160401b0381111561220d575f5ffd5b6020830191508360208260051b8501011115612227575f5ffd5b9250929050565b5f5f5f5f60608587031215612241575f5ffd5b843561224c816121d3565b9350602085013561225c816121d3565b925060408501356001600160401b03811115612276575f5ffd5b612282878288016121e7565b95989497509550505050565b5f6020828403121561229e575f5ffd5b81356001600160401b038111156122b3575f5ffd5b820160a081850312156122c4575f5ffd5b9392505050565b5f8151808452602084019350602083015f5b828110156122fb5781518652602095860195909101906001016122dd565b5093949350505050565b828152604060208201525f61231d60408301846122cb565b949350505050565b803563ffffffff81168114612338575f5ffd5b919050565b5f5f5f5f60608587031215612350575f5ffd5b61235985612325565b935060208501356001600160401b03811115612373575f5ffd5b61237f878288016121e7565b9094509250612392905060408601612325565b905092959194509250565b602080825282518282018190525f918401906040840190835b818110156121c85783516001600160601b03168352602093840193909201916001016123b6565b5f5f5f604084860312156123ef575f5ffd5b83356123fa816121d3565b925060208401356001600160401b03811115612414575f5ffd5b612420868287016121e7565b9497909650939450505050565b5f5f6040838503121561243e575f5ffd5b61244783612325565b91506020830135612457816121d3565b809150509250929050565b5f5f83601f840112612472575f5ffd5b5081356001600160401b03811115612488575f5ffd5b602083019150836020828501011115612227575f5ffd5b5f5f602083850312156124b0575f5ffd5b82356001600160401b038111156124c5575f5ffd5b6124d185828601612462565b90969095509350505050565b5f5f5f606084860312156124ef575f5ffd5b6124f884612325565b92506020840135612508816121d3565b929592945050506040919091013590565b5f5f5f5f5f6060868803121561252d575f5ffd5b61253686612325565b945060208601356001600160401b03811115612550575f5ffd5b61255c888289016121e7565b90955093505060408601356001600160401b0381111561257a575f5ffd5b612586888289016121e7565b969995985093965092949392505050565b5f602082840312156125a7575f5ffd5b6122c482612325565b80356001600160601b0381168114612338575f5ffd5b5f5f604083850312156125d7575f5ffd5b6125e083612325565b91506125ee602084016125b0565b90509250929050565b5f8151808452602084019350602083015f5b828110156122fb5781516001600160a01b0316865260209586019590910190600101612609565b604081525f61264260408301856125f7565b8281036020840152611dfc81856122cb565b5f60208284031215612664575f5ffd5b81356122c4816121d3565b5f5f5f5f5f5f60808789031215612684575f5ffd5b863561268f816121d3565b9550602087013561269f816121d3565b945060408701356001600160401b038111156126b9575f5ffd5b6126c589828a016121e7565b90955093505060608701356001600160401b038111156126e3575f5ffd5b6126ef89828a01612462565b979a9699509497509295939492505050565b5f5f60408385031215612712575f5ffd5b61271b83612325565b91506125ee60208401612325565b5f5f5f5f5f5f5f60a0888a03121561273f575f5ffd5b61274888612325565b965060208801356001600160401b03811115612762575f5ffd5b61276e8a828b016121e7565b90975095505060408801356001600160401b0381111561278c575f5ffd5b6127988a828b016121e7565b90955093506127ab9050606089016125b0565b91506127b960808901612325565b905092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126127f0575f5ffd5b83016020810192503590506001600160401b0381111561280e575f5ffd5b8060051b3603821315612227575f5ffd5b8183526020830192505f815f5b848110156122fb57813561283f816121d3565b6001600160a01b03168652602095860195919091019060010161282c565b5f5f8335601e19843603018112612872575f5ffd5b83016020810192503590506001600160401b03811115612890575f5ffd5b803603821315612227575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b0383168152604060208201525f82356128e5816121d3565b6001600160a01b0316604083015263ffffffff61290460208501612325565b16606083015261291760408401846127db565b60a0608085015261292c60e08501828461281f565b91505061293c60608501856127db565b848303603f190160a08601528083526001600160fb1b0381111561295e575f5ffd5b60051b8082602085013791909101905061297b608085018561285d565b601f198584030160c086015261299560208401828461289e565b979650505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156129c5575f5ffd5b825160208401519092506001600160401b038111156129e2575f5ffd5b8301601f810185136129f2575f5ffd5b80516001600160401b03811115612a0b57612a0b6129a0565b8060051b604051601f19603f83011681018181106001600160401b0382111715612a3757612a376129a0565b604052918252602081840181019290810188841115612a54575f5ffd5b6020850194505b83851015612a7757845180825260209586019590935001612a5b565b50809450505050509250929050565b602080825282516001600160a01b039081168383015283820151166040808401919091528301516060808401528051608084018190525f929190910190829060a08501905b80831015612af45763ffffffff8451168252602082019150602084019350600183019250612acb565b5095945050505050565b6001600160a01b03841681526040602082018190525f90611dfc908301848661289e565b6001600160a01b038516815263ffffffff841660208201526060604082018190525f90612b52908301848661281f565b9695505050505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a1857610a18612b5c565b5f60208284031215612b93575f5ffd5b815180151581146122c4575f5ffd5b81516001600160a01b0316815260208083015163ffffffff169082015260408101610a18565b5f60208284031215612bd8575f5ffd5b5051919050565b81810381811115610a1857610a18612b5c565b5f6040820160018060a01b03851683526040602084015280845180835260608501915060608160051b8601019250602086015f5b82811015612c7457605f19878603018452815163ffffffff81511686526020810151905060406020870152612c5e60408701826125f7565b9550506020938401939190910190600101612c26565b5092979650505050505050565b82516001600160a01b0316815260208084015163ffffffff16908201526060810160038310612cbe57634e487b7160e01b5f52602160045260245ffd5b8260408301529392505050565b6001600160401b038181168382160190811115610a1857610a18612b5c565b5f81612cf857612cf8612b5c565b505f19019056",
}

// ParleyRegistrarABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleyRegistrarMetaData.ABI instead.
var ParleyRegistrarABI = ParleyRegistrarMetaData.ABI

// ParleyRegistrarBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleyRegistrarMetaData.Bin instead.
var ParleyRegistrarBin = ParleyRegistrarMetaData.Bin

// DeployParleyRegistrar deploys a new Ethereum contract, binding an instance of ParleyRegistrar to it.
func DeployParleyRegistrar(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address, am common.Address, kr common.Address) (common.Address, *types.Transaction, *ParleyRegistrar, error) {
	parsed, err := ParleyRegistrarMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleyRegistrarBin), backend, owner_, am, kr)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ParleyRegistrar{ParleyRegistrarCaller: ParleyRegistrarCaller{contract: contract}, ParleyRegistrarTransactor: ParleyRegistrarTransactor{contract: contract}, ParleyRegistrarFilterer: ParleyRegistrarFilterer{contract: contract}}, nil
}

// ParleyRegistrar is an auto generated Go binding around an Ethereum contract.
type ParleyRegistrar struct {
	ParleyRegistrarCaller     // Read-only binding to the contract
	ParleyRegistrarTransactor // Write-only binding to the contract
	ParleyRegistrarFilterer   // Log filterer for contract events
}

// ParleyRegistrarCaller is an auto generated read-only Go binding around an Ethereum contract.
type ParleyRegistrarCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyRegistrarTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ParleyRegistrarTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyRegistrarFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ParleyRegistrarFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyRegistrarSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ParleyRegistrarSession struct {
	Contract     *ParleyRegistrar  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ParleyRegistrarCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ParleyRegistrarCallerSession struct {
	Contract *ParleyRegistrarCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ParleyRegistrarTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ParleyRegistrarTransactorSession struct {
	Contract     *ParleyRegistrarTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ParleyRegistrarRaw is an auto generated low-level Go binding around an Ethereum contract.
type ParleyRegistrarRaw struct {
	Contract *ParleyRegistrar // Generic contract binding to access the raw methods on
}

// ParleyRegistrarCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ParleyRegistrarCallerRaw struct {
	Contract *ParleyRegistrarCaller // Generic read-only contract binding to access the raw methods on
}

// ParleyRegistrarTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ParleyRegistrarTransactorRaw struct {
	Contract *ParleyRegistrarTransactor // Generic write-only contract binding to access the raw methods on
}

// NewParleyRegistrar creates a new instance of ParleyRegistrar, bound to a specific deployed contract.
func NewParleyRegistrar(address common.Address, backend bind.ContractBackend) (*ParleyRegistrar, error) {
	contract, err := bindParleyRegistrar(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrar{ParleyRegistrarCaller: ParleyRegistrarCaller{contract: contract}, ParleyRegistrarTransactor: ParleyRegistrarTransactor{contract: contract}, ParleyRegistrarFilterer: ParleyRegistrarFilterer{contract: contract}}, nil
}

// NewParleyRegistrarCaller creates a new read-only instance of ParleyRegistrar, bound to a specific deployed contract.
func NewParleyRegistrarCaller(address common.Address, caller bind.ContractCaller) (*ParleyRegistrarCaller, error) {
	contract, err := bindParleyRegistrar(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarCaller{contract: contract}, nil
}

// NewParleyRegistrarTransactor creates a new write-only instance of ParleyRegistrar, bound to a specific deployed contract.
func NewParleyRegistrarTransactor(address common.Address, transactor bind.ContractTransactor) (*ParleyRegistrarTransactor, error) {
	contract, err := bindParleyRegistrar(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarTransactor{contract: contract}, nil
}

// NewParleyRegistrarFilterer creates a new log filterer instance of ParleyRegistrar, bound to a specific deployed contract.
func NewParleyRegistrarFilterer(address common.Address, filterer bind.ContractFilterer) (*ParleyRegistrarFilterer, error) {
	contract, err := bindParleyRegistrar(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarFilterer{contract: contract}, nil
}

// bindParleyRegistrar binds a generic wrapper to an already deployed contract.
func bindParleyRegistrar(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ParleyRegistrarMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyRegistrar *ParleyRegistrarRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyRegistrar.Contract.ParleyRegistrarCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyRegistrar *ParleyRegistrarRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.ParleyRegistrarTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyRegistrar *ParleyRegistrarRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.ParleyRegistrarTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyRegistrar *ParleyRegistrarCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyRegistrar.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyRegistrar *ParleyRegistrarTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyRegistrar *ParleyRegistrarTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.contract.Transact(opts, method, params...)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCaller) MAXENTRIES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "MAX_ENTRIES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarSession) MAXENTRIES() (*big.Int, error) {
	return _ParleyRegistrar.Contract.MAXENTRIES(&_ParleyRegistrar.CallOpts)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MAXENTRIES() (*big.Int, error) {
	return _ParleyRegistrar.Contract.MAXENTRIES(&_ParleyRegistrar.CallOpts)
}

// MAXOPERATORSETID is a free data retrieval call binding the contract method 0x9ee3beb9.
//
// Solidity: function MAX_OPERATOR_SET_ID() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCaller) MAXOPERATORSETID(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "MAX_OPERATOR_SET_ID")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXOPERATORSETID is a free data retrieval call binding the contract method 0x9ee3beb9.
//
// Solidity: function MAX_OPERATOR_SET_ID() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarSession) MAXOPERATORSETID() (uint32, error) {
	return _ParleyRegistrar.Contract.MAXOPERATORSETID(&_ParleyRegistrar.CallOpts)
}

// MAXOPERATORSETID is a free data retrieval call binding the contract method 0x9ee3beb9.
//
// Solidity: function MAX_OPERATOR_SET_ID() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MAXOPERATORSETID() (uint32, error) {
	return _ParleyRegistrar.Contract.MAXOPERATORSETID(&_ParleyRegistrar.CallOpts)
}

// MAXSETS is a free data retrieval call binding the contract method 0xb1b51a09.
//
// Solidity: function MAX_SETS() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCaller) MAXSETS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "MAX_SETS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSETS is a free data retrieval call binding the contract method 0xb1b51a09.
//
// Solidity: function MAX_SETS() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarSession) MAXSETS() (*big.Int, error) {
	return _ParleyRegistrar.Contract.MAXSETS(&_ParleyRegistrar.CallOpts)
}

// MAXSETS is a free data retrieval call binding the contract method 0xb1b51a09.
//
// Solidity: function MAX_SETS() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MAXSETS() (*big.Int, error) {
	return _ParleyRegistrar.Contract.MAXSETS(&_ParleyRegistrar.CallOpts)
}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCaller) MAXSNAPSHOTAGE(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "MAX_SNAPSHOT_AGE")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarSession) MAXSNAPSHOTAGE() (uint32, error) {
	return _ParleyRegistrar.Contract.MAXSNAPSHOTAGE(&_ParleyRegistrar.CallOpts)
}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MAXSNAPSHOTAGE() (uint32, error) {
	return _ParleyRegistrar.Contract.MAXSNAPSHOTAGE(&_ParleyRegistrar.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCaller) WAD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "WAD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarSession) WAD() (*big.Int, error) {
	return _ParleyRegistrar.Contract.WAD(&_ParleyRegistrar.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) WAD() (*big.Int, error) {
	return _ParleyRegistrar.Contract.WAD(&_ParleyRegistrar.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarSession) AllocationManager() (common.Address, error) {
	return _ParleyRegistrar.Contract.AllocationManager(&_ParleyRegistrar.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) AllocationManager() (common.Address, error) {
	return _ParleyRegistrar.Contract.AllocationManager(&_ParleyRegistrar.CallOpts)
}

// Epoch is a free data retrieval call binding the contract method 0x99211fdf.
//
// Solidity: function epoch(uint32 id) view returns(uint64)
func (_ParleyRegistrar *ParleyRegistrarCaller) Epoch(opts *bind.CallOpts, id uint32) (uint64, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "epoch", id)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Epoch is a free data retrieval call binding the contract method 0x99211fdf.
//
// Solidity: function epoch(uint32 id) view returns(uint64)
func (_ParleyRegistrar *ParleyRegistrarSession) Epoch(id uint32) (uint64, error) {
	return _ParleyRegistrar.Contract.Epoch(&_ParleyRegistrar.CallOpts, id)
}

// Epoch is a free data retrieval call binding the contract method 0x99211fdf.
//
// Solidity: function epoch(uint32 id) view returns(uint64)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) Epoch(id uint32) (uint64, error) {
	return _ParleyRegistrar.Contract.Epoch(&_ParleyRegistrar.CallOpts, id)
}

// IsOperatorSet is a free data retrieval call binding the contract method 0xd7897ec4.
//
// Solidity: function isOperatorSet(uint32 id) view returns(bool)
func (_ParleyRegistrar *ParleyRegistrarCaller) IsOperatorSet(opts *bind.CallOpts, id uint32) (bool, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "isOperatorSet", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperatorSet is a free data retrieval call binding the contract method 0xd7897ec4.
//
// Solidity: function isOperatorSet(uint32 id) view returns(bool)
func (_ParleyRegistrar *ParleyRegistrarSession) IsOperatorSet(id uint32) (bool, error) {
	return _ParleyRegistrar.Contract.IsOperatorSet(&_ParleyRegistrar.CallOpts, id)
}

// IsOperatorSet is a free data retrieval call binding the contract method 0xd7897ec4.
//
// Solidity: function isOperatorSet(uint32 id) view returns(bool)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) IsOperatorSet(id uint32) (bool, error) {
	return _ParleyRegistrar.Contract.IsOperatorSet(&_ParleyRegistrar.CallOpts, id)
}

// KeyRegistrar is a free data retrieval call binding the contract method 0x3ec45c7e.
//
// Solidity: function keyRegistrar() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCaller) KeyRegistrar(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "keyRegistrar")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KeyRegistrar is a free data retrieval call binding the contract method 0x3ec45c7e.
//
// Solidity: function keyRegistrar() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarSession) KeyRegistrar() (common.Address, error) {
	return _ParleyRegistrar.Contract.KeyRegistrar(&_ParleyRegistrar.CallOpts)
}

// KeyRegistrar is a free data retrieval call binding the contract method 0x3ec45c7e.
//
// Solidity: function keyRegistrar() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) KeyRegistrar() (common.Address, error) {
	return _ParleyRegistrar.Contract.KeyRegistrar(&_ParleyRegistrar.CallOpts)
}

// MaxMembers is a free data retrieval call binding the contract method 0xbeb0f347.
//
// Solidity: function maxMembers(uint32 id) view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCaller) MaxMembers(opts *bind.CallOpts, id uint32) (uint32, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "maxMembers", id)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxMembers is a free data retrieval call binding the contract method 0xbeb0f347.
//
// Solidity: function maxMembers(uint32 id) view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarSession) MaxMembers(id uint32) (uint32, error) {
	return _ParleyRegistrar.Contract.MaxMembers(&_ParleyRegistrar.CallOpts, id)
}

// MaxMembers is a free data retrieval call binding the contract method 0xbeb0f347.
//
// Solidity: function maxMembers(uint32 id) view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MaxMembers(id uint32) (uint32, error) {
	return _ParleyRegistrar.Contract.MaxMembers(&_ParleyRegistrar.CallOpts, id)
}

// MinWeight is a free data retrieval call binding the contract method 0xf22c3ab2.
//
// Solidity: function minWeight(uint32 id) view returns(uint96)
func (_ParleyRegistrar *ParleyRegistrarCaller) MinWeight(opts *bind.CallOpts, id uint32) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "minWeight", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinWeight is a free data retrieval call binding the contract method 0xf22c3ab2.
//
// Solidity: function minWeight(uint32 id) view returns(uint96)
func (_ParleyRegistrar *ParleyRegistrarSession) MinWeight(id uint32) (*big.Int, error) {
	return _ParleyRegistrar.Contract.MinWeight(&_ParleyRegistrar.CallOpts, id)
}

// MinWeight is a free data retrieval call binding the contract method 0xf22c3ab2.
//
// Solidity: function minWeight(uint32 id) view returns(uint96)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MinWeight(id uint32) (*big.Int, error) {
	return _ParleyRegistrar.Contract.MinWeight(&_ParleyRegistrar.CallOpts, id)
}

// MultiplierOf is a free data retrieval call binding the contract method 0x5a7b7771.
//
// Solidity: function multiplierOf(uint32 id, address strategy) view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCaller) MultiplierOf(opts *bind.CallOpts, id uint32, strategy common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "multiplierOf", id, strategy)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MultiplierOf is a free data retrieval call binding the contract method 0x5a7b7771.
//
// Solidity: function multiplierOf(uint32 id, address strategy) view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarSession) MultiplierOf(id uint32, strategy common.Address) (*big.Int, error) {
	return _ParleyRegistrar.Contract.MultiplierOf(&_ParleyRegistrar.CallOpts, id, strategy)
}

// MultiplierOf is a free data retrieval call binding the contract method 0x5a7b7771.
//
// Solidity: function multiplierOf(uint32 id, address strategy) view returns(uint256)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) MultiplierOf(id uint32, strategy common.Address) (*big.Int, error) {
	return _ParleyRegistrar.Contract.MultiplierOf(&_ParleyRegistrar.CallOpts, id, strategy)
}

// OperatorSetIds is a free data retrieval call binding the contract method 0x1563bd4f.
//
// Solidity: function operatorSetIds() view returns(uint32[])
func (_ParleyRegistrar *ParleyRegistrarCaller) OperatorSetIds(opts *bind.CallOpts) ([]uint32, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "operatorSetIds")

	if err != nil {
		return *new([]uint32), err
	}

	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)

	return out0, err

}

// OperatorSetIds is a free data retrieval call binding the contract method 0x1563bd4f.
//
// Solidity: function operatorSetIds() view returns(uint32[])
func (_ParleyRegistrar *ParleyRegistrarSession) OperatorSetIds() ([]uint32, error) {
	return _ParleyRegistrar.Contract.OperatorSetIds(&_ParleyRegistrar.CallOpts)
}

// OperatorSetIds is a free data retrieval call binding the contract method 0x1563bd4f.
//
// Solidity: function operatorSetIds() view returns(uint32[])
func (_ParleyRegistrar *ParleyRegistrarCallerSession) OperatorSetIds() ([]uint32, error) {
	return _ParleyRegistrar.Contract.OperatorSetIds(&_ParleyRegistrar.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarSession) Owner() (common.Address, error) {
	return _ParleyRegistrar.Contract.Owner(&_ParleyRegistrar.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) Owner() (common.Address, error) {
	return _ParleyRegistrar.Contract.Owner(&_ParleyRegistrar.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarSession) PendingOwner() (common.Address, error) {
	return _ParleyRegistrar.Contract.PendingOwner(&_ParleyRegistrar.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) PendingOwner() (common.Address, error) {
	return _ParleyRegistrar.Contract.PendingOwner(&_ParleyRegistrar.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCaller) Slasher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "slasher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarSession) Slasher() (common.Address, error) {
	return _ParleyRegistrar.Contract.Slasher(&_ParleyRegistrar.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) Slasher() (common.Address, error) {
	return _ParleyRegistrar.Contract.Slasher(&_ParleyRegistrar.CallOpts)
}

// StrategiesOf is a free data retrieval call binding the contract method 0xa3fac0b5.
//
// Solidity: function strategiesOf(uint32 id) view returns(address[] strategies, uint256[] multipliers)
func (_ParleyRegistrar *ParleyRegistrarCaller) StrategiesOf(opts *bind.CallOpts, id uint32) (struct {
	Strategies  []common.Address
	Multipliers []*big.Int
}, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "strategiesOf", id)

	outstruct := new(struct {
		Strategies  []common.Address
		Multipliers []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Strategies = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Multipliers = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// StrategiesOf is a free data retrieval call binding the contract method 0xa3fac0b5.
//
// Solidity: function strategiesOf(uint32 id) view returns(address[] strategies, uint256[] multipliers)
func (_ParleyRegistrar *ParleyRegistrarSession) StrategiesOf(id uint32) (struct {
	Strategies  []common.Address
	Multipliers []*big.Int
}, error) {
	return _ParleyRegistrar.Contract.StrategiesOf(&_ParleyRegistrar.CallOpts, id)
}

// StrategiesOf is a free data retrieval call binding the contract method 0xa3fac0b5.
//
// Solidity: function strategiesOf(uint32 id) view returns(address[] strategies, uint256[] multipliers)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) StrategiesOf(id uint32) (struct {
	Strategies  []common.Address
	Multipliers []*big.Int
}, error) {
	return _ParleyRegistrar.Contract.StrategiesOf(&_ParleyRegistrar.CallOpts, id)
}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs) view returns(bool)
func (_ParleyRegistrar *ParleyRegistrarCaller) SupportsAVS(opts *bind.CallOpts, avs common.Address) (bool, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "supportsAVS", avs)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs) view returns(bool)
func (_ParleyRegistrar *ParleyRegistrarSession) SupportsAVS(avs common.Address) (bool, error) {
	return _ParleyRegistrar.Contract.SupportsAVS(&_ParleyRegistrar.CallOpts, avs)
}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs) view returns(bool)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) SupportsAVS(avs common.Address) (bool, error) {
	return _ParleyRegistrar.Contract.SupportsAVS(&_ParleyRegistrar.CallOpts, avs)
}

// TotalMaxMembers is a free data retrieval call binding the contract method 0x00d56989.
//
// Solidity: function totalMaxMembers() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCaller) TotalMaxMembers(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "totalMaxMembers")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// TotalMaxMembers is a free data retrieval call binding the contract method 0x00d56989.
//
// Solidity: function totalMaxMembers() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarSession) TotalMaxMembers() (uint32, error) {
	return _ParleyRegistrar.Contract.TotalMaxMembers(&_ParleyRegistrar.CallOpts)
}

// TotalMaxMembers is a free data retrieval call binding the contract method 0x00d56989.
//
// Solidity: function totalMaxMembers() view returns(uint32)
func (_ParleyRegistrar *ParleyRegistrarCallerSession) TotalMaxMembers() (uint32, error) {
	return _ParleyRegistrar.Contract.TotalMaxMembers(&_ParleyRegistrar.CallOpts)
}

// WeightsOf is a free data retrieval call binding the contract method 0x45adcabb.
//
// Solidity: function weightsOf(uint32 id, address[] operators, uint32 futureBlock) view returns(uint96[])
func (_ParleyRegistrar *ParleyRegistrarCaller) WeightsOf(opts *bind.CallOpts, id uint32, operators []common.Address, futureBlock uint32) ([]*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistrar.contract.Call(opts, &out, "weightsOf", id, operators, futureBlock)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// WeightsOf is a free data retrieval call binding the contract method 0x45adcabb.
//
// Solidity: function weightsOf(uint32 id, address[] operators, uint32 futureBlock) view returns(uint96[])
func (_ParleyRegistrar *ParleyRegistrarSession) WeightsOf(id uint32, operators []common.Address, futureBlock uint32) ([]*big.Int, error) {
	return _ParleyRegistrar.Contract.WeightsOf(&_ParleyRegistrar.CallOpts, id, operators, futureBlock)
}

// WeightsOf is a free data retrieval call binding the contract method 0x45adcabb.
//
// Solidity: function weightsOf(uint32 id, address[] operators, uint32 futureBlock) view returns(uint96[])
func (_ParleyRegistrar *ParleyRegistrarCallerSession) WeightsOf(id uint32, operators []common.Address, futureBlock uint32) ([]*big.Int, error) {
	return _ParleyRegistrar.Contract.WeightsOf(&_ParleyRegistrar.CallOpts, id, operators, futureBlock)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyRegistrar *ParleyRegistrarSession) AcceptOwnership() (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.AcceptOwnership(&_ParleyRegistrar.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.AcceptOwnership(&_ParleyRegistrar.TransactOpts)
}

// AddStrategies is a paid mutator transaction binding the contract method 0x971dc554.
//
// Solidity: function addStrategies(uint32 id, address[] strategies, uint256[] multipliers) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) AddStrategies(opts *bind.TransactOpts, id uint32, strategies []common.Address, multipliers []*big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "addStrategies", id, strategies, multipliers)
}

// AddStrategies is a paid mutator transaction binding the contract method 0x971dc554.
//
// Solidity: function addStrategies(uint32 id, address[] strategies, uint256[] multipliers) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) AddStrategies(id uint32, strategies []common.Address, multipliers []*big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.AddStrategies(&_ParleyRegistrar.TransactOpts, id, strategies, multipliers)
}

// AddStrategies is a paid mutator transaction binding the contract method 0x971dc554.
//
// Solidity: function addStrategies(uint32 id, address[] strategies, uint256[] multipliers) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) AddStrategies(id uint32, strategies []common.Address, multipliers []*big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.AddStrategies(&_ParleyRegistrar.TransactOpts, id, strategies, multipliers)
}

// CreateOperatorSet is a paid mutator transaction binding the contract method 0xfdb46b6c.
//
// Solidity: function createOperatorSet(uint32 id, address[] strategies, uint256[] multipliers, uint96 minWeight_, uint32 maxMembers_) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) CreateOperatorSet(opts *bind.TransactOpts, id uint32, strategies []common.Address, multipliers []*big.Int, minWeight_ *big.Int, maxMembers_ uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "createOperatorSet", id, strategies, multipliers, minWeight_, maxMembers_)
}

// CreateOperatorSet is a paid mutator transaction binding the contract method 0xfdb46b6c.
//
// Solidity: function createOperatorSet(uint32 id, address[] strategies, uint256[] multipliers, uint96 minWeight_, uint32 maxMembers_) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) CreateOperatorSet(id uint32, strategies []common.Address, multipliers []*big.Int, minWeight_ *big.Int, maxMembers_ uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.CreateOperatorSet(&_ParleyRegistrar.TransactOpts, id, strategies, multipliers, minWeight_, maxMembers_)
}

// CreateOperatorSet is a paid mutator transaction binding the contract method 0xfdb46b6c.
//
// Solidity: function createOperatorSet(uint32 id, address[] strategies, uint256[] multipliers, uint96 minWeight_, uint32 maxMembers_) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) CreateOperatorSet(id uint32, strategies []common.Address, multipliers []*big.Int, minWeight_ *big.Int, maxMembers_ uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.CreateOperatorSet(&_ParleyRegistrar.TransactOpts, id, strategies, multipliers, minWeight_, maxMembers_)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address avs, uint32[] ids) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) DeregisterOperator(opts *bind.TransactOpts, operator common.Address, avs common.Address, ids []uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "deregisterOperator", operator, avs, ids)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address avs, uint32[] ids) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) DeregisterOperator(operator common.Address, avs common.Address, ids []uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.DeregisterOperator(&_ParleyRegistrar.TransactOpts, operator, avs, ids)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address avs, uint32[] ids) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) DeregisterOperator(operator common.Address, avs common.Address, ids []uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.DeregisterOperator(&_ParleyRegistrar.TransactOpts, operator, avs, ids)
}

// Eject is a paid mutator transaction binding the contract method 0x4da813d8.
//
// Solidity: function eject(address operator, uint32[] ids) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) Eject(opts *bind.TransactOpts, operator common.Address, ids []uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "eject", operator, ids)
}

// Eject is a paid mutator transaction binding the contract method 0x4da813d8.
//
// Solidity: function eject(address operator, uint32[] ids) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) Eject(operator common.Address, ids []uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.Eject(&_ParleyRegistrar.TransactOpts, operator, ids)
}

// Eject is a paid mutator transaction binding the contract method 0x4da813d8.
//
// Solidity: function eject(address operator, uint32[] ids) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) Eject(operator common.Address, ids []uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.Eject(&_ParleyRegistrar.TransactOpts, operator, ids)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs, uint32[] ids, bytes ) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) RegisterOperator(opts *bind.TransactOpts, operator common.Address, avs common.Address, ids []uint32, arg3 []byte) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "registerOperator", operator, avs, ids, arg3)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs, uint32[] ids, bytes ) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) RegisterOperator(operator common.Address, avs common.Address, ids []uint32, arg3 []byte) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.RegisterOperator(&_ParleyRegistrar.TransactOpts, operator, avs, ids, arg3)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs, uint32[] ids, bytes ) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) RegisterOperator(operator common.Address, avs common.Address, ids []uint32, arg3 []byte) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.RegisterOperator(&_ParleyRegistrar.TransactOpts, operator, avs, ids, arg3)
}

// SetMaxMembers is a paid mutator transaction binding the contract method 0xdf362def.
//
// Solidity: function setMaxMembers(uint32 id, uint32 n) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) SetMaxMembers(opts *bind.TransactOpts, id uint32, n uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "setMaxMembers", id, n)
}

// SetMaxMembers is a paid mutator transaction binding the contract method 0xdf362def.
//
// Solidity: function setMaxMembers(uint32 id, uint32 n) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) SetMaxMembers(id uint32, n uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMaxMembers(&_ParleyRegistrar.TransactOpts, id, n)
}

// SetMaxMembers is a paid mutator transaction binding the contract method 0xdf362def.
//
// Solidity: function setMaxMembers(uint32 id, uint32 n) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) SetMaxMembers(id uint32, n uint32) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMaxMembers(&_ParleyRegistrar.TransactOpts, id, n)
}

// SetMetadataURI is a paid mutator transaction binding the contract method 0x750521f5.
//
// Solidity: function setMetadataURI(string uri) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) SetMetadataURI(opts *bind.TransactOpts, uri string) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "setMetadataURI", uri)
}

// SetMetadataURI is a paid mutator transaction binding the contract method 0x750521f5.
//
// Solidity: function setMetadataURI(string uri) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) SetMetadataURI(uri string) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMetadataURI(&_ParleyRegistrar.TransactOpts, uri)
}

// SetMetadataURI is a paid mutator transaction binding the contract method 0x750521f5.
//
// Solidity: function setMetadataURI(string uri) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) SetMetadataURI(uri string) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMetadataURI(&_ParleyRegistrar.TransactOpts, uri)
}

// SetMinWeight is a paid mutator transaction binding the contract method 0x9f4b1b7c.
//
// Solidity: function setMinWeight(uint32 id, uint96 w) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) SetMinWeight(opts *bind.TransactOpts, id uint32, w *big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "setMinWeight", id, w)
}

// SetMinWeight is a paid mutator transaction binding the contract method 0x9f4b1b7c.
//
// Solidity: function setMinWeight(uint32 id, uint96 w) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) SetMinWeight(id uint32, w *big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMinWeight(&_ParleyRegistrar.TransactOpts, id, w)
}

// SetMinWeight is a paid mutator transaction binding the contract method 0x9f4b1b7c.
//
// Solidity: function setMinWeight(uint32 id, uint96 w) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) SetMinWeight(id uint32, w *big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMinWeight(&_ParleyRegistrar.TransactOpts, id, w)
}

// SetMultiplier is a paid mutator transaction binding the contract method 0x85f8f26d.
//
// Solidity: function setMultiplier(uint32 id, address strategy, uint256 multiplier) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) SetMultiplier(opts *bind.TransactOpts, id uint32, strategy common.Address, multiplier *big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "setMultiplier", id, strategy, multiplier)
}

// SetMultiplier is a paid mutator transaction binding the contract method 0x85f8f26d.
//
// Solidity: function setMultiplier(uint32 id, address strategy, uint256 multiplier) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) SetMultiplier(id uint32, strategy common.Address, multiplier *big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMultiplier(&_ParleyRegistrar.TransactOpts, id, strategy, multiplier)
}

// SetMultiplier is a paid mutator transaction binding the contract method 0x85f8f26d.
//
// Solidity: function setMultiplier(uint32 id, address strategy, uint256 multiplier) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) SetMultiplier(id uint32, strategy common.Address, multiplier *big.Int) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetMultiplier(&_ParleyRegistrar.TransactOpts, id, strategy, multiplier)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address slasher_) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) SetSlasher(opts *bind.TransactOpts, slasher_ common.Address) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "setSlasher", slasher_)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address slasher_) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) SetSlasher(slasher_ common.Address) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetSlasher(&_ParleyRegistrar.TransactOpts, slasher_)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address slasher_) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) SetSlasher(slasher_ common.Address) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SetSlasher(&_ParleyRegistrar.TransactOpts, slasher_)
}

// SlashOperator is a paid mutator transaction binding the contract method 0x3d071422.
//
// Solidity: function slashOperator((address,uint32,address[],uint256[],string) params) returns(uint256 slashId, uint256[] shares)
func (_ParleyRegistrar *ParleyRegistrarTransactor) SlashOperator(opts *bind.TransactOpts, params IAllocationManagerSlashingParams) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "slashOperator", params)
}

// SlashOperator is a paid mutator transaction binding the contract method 0x3d071422.
//
// Solidity: function slashOperator((address,uint32,address[],uint256[],string) params) returns(uint256 slashId, uint256[] shares)
func (_ParleyRegistrar *ParleyRegistrarSession) SlashOperator(params IAllocationManagerSlashingParams) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SlashOperator(&_ParleyRegistrar.TransactOpts, params)
}

// SlashOperator is a paid mutator transaction binding the contract method 0x3d071422.
//
// Solidity: function slashOperator((address,uint32,address[],uint256[],string) params) returns(uint256 slashId, uint256[] shares)
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) SlashOperator(params IAllocationManagerSlashingParams) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.SlashOperator(&_ParleyRegistrar.TransactOpts, params)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ParleyRegistrar.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyRegistrar *ParleyRegistrarSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.TransferOwnership(&_ParleyRegistrar.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyRegistrar *ParleyRegistrarTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ParleyRegistrar.Contract.TransferOwnership(&_ParleyRegistrar.TransactOpts, newOwner)
}

// ParleyRegistrarMaxMembersSetIterator is returned from FilterMaxMembersSet and is used to iterate over the raw logs and unpacked data for MaxMembersSet events raised by the ParleyRegistrar contract.
type ParleyRegistrarMaxMembersSetIterator struct {
	Event *ParleyRegistrarMaxMembersSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarMaxMembersSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarMaxMembersSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarMaxMembersSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarMaxMembersSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarMaxMembersSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarMaxMembersSet represents a MaxMembersSet event raised by the ParleyRegistrar contract.
type ParleyRegistrarMaxMembersSet struct {
	OperatorSetId uint32
	MaxMembers    uint32
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterMaxMembersSet is a free log retrieval operation binding the contract event 0x8d70f5e4e49eac1992e1e61fe5f2c63a6240ee72611f8ea1c4f2a57782e81951.
//
// Solidity: event MaxMembersSet(uint32 indexed operatorSetId, uint32 maxMembers)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterMaxMembersSet(opts *bind.FilterOpts, operatorSetId []uint32) (*ParleyRegistrarMaxMembersSetIterator, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "MaxMembersSet", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarMaxMembersSetIterator{contract: _ParleyRegistrar.contract, event: "MaxMembersSet", logs: logs, sub: sub}, nil
}

// WatchMaxMembersSet is a free log subscription operation binding the contract event 0x8d70f5e4e49eac1992e1e61fe5f2c63a6240ee72611f8ea1c4f2a57782e81951.
//
// Solidity: event MaxMembersSet(uint32 indexed operatorSetId, uint32 maxMembers)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchMaxMembersSet(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarMaxMembersSet, operatorSetId []uint32) (event.Subscription, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "MaxMembersSet", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarMaxMembersSet)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "MaxMembersSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMaxMembersSet is a log parse operation binding the contract event 0x8d70f5e4e49eac1992e1e61fe5f2c63a6240ee72611f8ea1c4f2a57782e81951.
//
// Solidity: event MaxMembersSet(uint32 indexed operatorSetId, uint32 maxMembers)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseMaxMembersSet(log types.Log) (*ParleyRegistrarMaxMembersSet, error) {
	event := new(ParleyRegistrarMaxMembersSet)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "MaxMembersSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarMinWeightSetIterator is returned from FilterMinWeightSet and is used to iterate over the raw logs and unpacked data for MinWeightSet events raised by the ParleyRegistrar contract.
type ParleyRegistrarMinWeightSetIterator struct {
	Event *ParleyRegistrarMinWeightSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarMinWeightSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarMinWeightSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarMinWeightSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarMinWeightSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarMinWeightSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarMinWeightSet represents a MinWeightSet event raised by the ParleyRegistrar contract.
type ParleyRegistrarMinWeightSet struct {
	OperatorSetId uint32
	MinWeight     *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterMinWeightSet is a free log retrieval operation binding the contract event 0xe2d30217cbf2fdb02659deeab78a5c27d8b3a570813056a0ed2ef6b36937d4f8.
//
// Solidity: event MinWeightSet(uint32 indexed operatorSetId, uint96 minWeight)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterMinWeightSet(opts *bind.FilterOpts, operatorSetId []uint32) (*ParleyRegistrarMinWeightSetIterator, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "MinWeightSet", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarMinWeightSetIterator{contract: _ParleyRegistrar.contract, event: "MinWeightSet", logs: logs, sub: sub}, nil
}

// WatchMinWeightSet is a free log subscription operation binding the contract event 0xe2d30217cbf2fdb02659deeab78a5c27d8b3a570813056a0ed2ef6b36937d4f8.
//
// Solidity: event MinWeightSet(uint32 indexed operatorSetId, uint96 minWeight)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchMinWeightSet(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarMinWeightSet, operatorSetId []uint32) (event.Subscription, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "MinWeightSet", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarMinWeightSet)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "MinWeightSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMinWeightSet is a log parse operation binding the contract event 0xe2d30217cbf2fdb02659deeab78a5c27d8b3a570813056a0ed2ef6b36937d4f8.
//
// Solidity: event MinWeightSet(uint32 indexed operatorSetId, uint96 minWeight)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseMinWeightSet(log types.Log) (*ParleyRegistrarMinWeightSet, error) {
	event := new(ParleyRegistrarMinWeightSet)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "MinWeightSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarMultiplierSetIterator is returned from FilterMultiplierSet and is used to iterate over the raw logs and unpacked data for MultiplierSet events raised by the ParleyRegistrar contract.
type ParleyRegistrarMultiplierSetIterator struct {
	Event *ParleyRegistrarMultiplierSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarMultiplierSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarMultiplierSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarMultiplierSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarMultiplierSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarMultiplierSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarMultiplierSet represents a MultiplierSet event raised by the ParleyRegistrar contract.
type ParleyRegistrarMultiplierSet struct {
	OperatorSetId uint32
	Strategy      common.Address
	Multiplier    *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterMultiplierSet is a free log retrieval operation binding the contract event 0x574792c0647962c98c8bad0f019d2b997e1f595c8c77c73767c805eb88f2519b.
//
// Solidity: event MultiplierSet(uint32 indexed operatorSetId, address indexed strategy, uint256 multiplier)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterMultiplierSet(opts *bind.FilterOpts, operatorSetId []uint32, strategy []common.Address) (*ParleyRegistrarMultiplierSetIterator, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}
	var strategyRule []interface{}
	for _, strategyItem := range strategy {
		strategyRule = append(strategyRule, strategyItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "MultiplierSet", operatorSetIdRule, strategyRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarMultiplierSetIterator{contract: _ParleyRegistrar.contract, event: "MultiplierSet", logs: logs, sub: sub}, nil
}

// WatchMultiplierSet is a free log subscription operation binding the contract event 0x574792c0647962c98c8bad0f019d2b997e1f595c8c77c73767c805eb88f2519b.
//
// Solidity: event MultiplierSet(uint32 indexed operatorSetId, address indexed strategy, uint256 multiplier)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchMultiplierSet(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarMultiplierSet, operatorSetId []uint32, strategy []common.Address) (event.Subscription, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}
	var strategyRule []interface{}
	for _, strategyItem := range strategy {
		strategyRule = append(strategyRule, strategyItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "MultiplierSet", operatorSetIdRule, strategyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarMultiplierSet)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "MultiplierSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMultiplierSet is a log parse operation binding the contract event 0x574792c0647962c98c8bad0f019d2b997e1f595c8c77c73767c805eb88f2519b.
//
// Solidity: event MultiplierSet(uint32 indexed operatorSetId, address indexed strategy, uint256 multiplier)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseMultiplierSet(log types.Log) (*ParleyRegistrarMultiplierSet, error) {
	event := new(ParleyRegistrarMultiplierSet)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "MultiplierSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarOperatorDeregisteredIterator is returned from FilterOperatorDeregistered and is used to iterate over the raw logs and unpacked data for OperatorDeregistered events raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorDeregisteredIterator struct {
	Event *ParleyRegistrarOperatorDeregistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarOperatorDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarOperatorDeregistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarOperatorDeregistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarOperatorDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarOperatorDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarOperatorDeregistered represents a OperatorDeregistered event raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorDeregistered struct {
	Operator      common.Address
	OperatorSetId uint32
	Epoch         uint64
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorDeregistered is a free log retrieval operation binding the contract event 0x04671e4494373e6d091b3cd753258113ef651c122871d802b353f55d7e3c50b6.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterOperatorDeregistered(opts *bind.FilterOpts, operator []common.Address, operatorSetId []uint32) (*ParleyRegistrarOperatorDeregisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "OperatorDeregistered", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarOperatorDeregisteredIterator{contract: _ParleyRegistrar.contract, event: "OperatorDeregistered", logs: logs, sub: sub}, nil
}

// WatchOperatorDeregistered is a free log subscription operation binding the contract event 0x04671e4494373e6d091b3cd753258113ef651c122871d802b353f55d7e3c50b6.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchOperatorDeregistered(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarOperatorDeregistered, operator []common.Address, operatorSetId []uint32) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "OperatorDeregistered", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarOperatorDeregistered)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorDeregistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorDeregistered is a log parse operation binding the contract event 0x04671e4494373e6d091b3cd753258113ef651c122871d802b353f55d7e3c50b6.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseOperatorDeregistered(log types.Log) (*ParleyRegistrarOperatorDeregistered, error) {
	event := new(ParleyRegistrarOperatorDeregistered)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarOperatorRegisteredIterator is returned from FilterOperatorRegistered and is used to iterate over the raw logs and unpacked data for OperatorRegistered events raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorRegisteredIterator struct {
	Event *ParleyRegistrarOperatorRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarOperatorRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarOperatorRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarOperatorRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarOperatorRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarOperatorRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarOperatorRegistered represents a OperatorRegistered event raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorRegistered struct {
	Operator      common.Address
	OperatorSetId uint32
	Epoch         uint64
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorRegistered is a free log retrieval operation binding the contract event 0x718c240a0c5d7d4584db3831aeaa9849600903e5908a896615abd2930351b3e6.
//
// Solidity: event OperatorRegistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterOperatorRegistered(opts *bind.FilterOpts, operator []common.Address, operatorSetId []uint32) (*ParleyRegistrarOperatorRegisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "OperatorRegistered", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarOperatorRegisteredIterator{contract: _ParleyRegistrar.contract, event: "OperatorRegistered", logs: logs, sub: sub}, nil
}

// WatchOperatorRegistered is a free log subscription operation binding the contract event 0x718c240a0c5d7d4584db3831aeaa9849600903e5908a896615abd2930351b3e6.
//
// Solidity: event OperatorRegistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchOperatorRegistered(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarOperatorRegistered, operator []common.Address, operatorSetId []uint32) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "OperatorRegistered", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarOperatorRegistered)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorRegistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorRegistered is a log parse operation binding the contract event 0x718c240a0c5d7d4584db3831aeaa9849600903e5908a896615abd2930351b3e6.
//
// Solidity: event OperatorRegistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseOperatorRegistered(log types.Log) (*ParleyRegistrarOperatorRegistered, error) {
	event := new(ParleyRegistrarOperatorRegistered)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarOperatorSetCreatedIterator is returned from FilterOperatorSetCreated and is used to iterate over the raw logs and unpacked data for OperatorSetCreated events raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorSetCreatedIterator struct {
	Event *ParleyRegistrarOperatorSetCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarOperatorSetCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarOperatorSetCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarOperatorSetCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarOperatorSetCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarOperatorSetCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarOperatorSetCreated represents a OperatorSetCreated event raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorSetCreated struct {
	OperatorSetId uint32
	MinWeight     *big.Int
	MaxMembers    uint32
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorSetCreated is a free log retrieval operation binding the contract event 0x609170d97062a4e6adae961e7eb7d625fb887110737627e67387ef8182d3c2bb.
//
// Solidity: event OperatorSetCreated(uint32 indexed operatorSetId, uint96 minWeight, uint32 maxMembers)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterOperatorSetCreated(opts *bind.FilterOpts, operatorSetId []uint32) (*ParleyRegistrarOperatorSetCreatedIterator, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "OperatorSetCreated", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarOperatorSetCreatedIterator{contract: _ParleyRegistrar.contract, event: "OperatorSetCreated", logs: logs, sub: sub}, nil
}

// WatchOperatorSetCreated is a free log subscription operation binding the contract event 0x609170d97062a4e6adae961e7eb7d625fb887110737627e67387ef8182d3c2bb.
//
// Solidity: event OperatorSetCreated(uint32 indexed operatorSetId, uint96 minWeight, uint32 maxMembers)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchOperatorSetCreated(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarOperatorSetCreated, operatorSetId []uint32) (event.Subscription, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "OperatorSetCreated", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarOperatorSetCreated)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorSetCreated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorSetCreated is a log parse operation binding the contract event 0x609170d97062a4e6adae961e7eb7d625fb887110737627e67387ef8182d3c2bb.
//
// Solidity: event OperatorSetCreated(uint32 indexed operatorSetId, uint96 minWeight, uint32 maxMembers)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseOperatorSetCreated(log types.Log) (*ParleyRegistrarOperatorSetCreated, error) {
	event := new(ParleyRegistrarOperatorSetCreated)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorSetCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarOperatorSlashedIterator is returned from FilterOperatorSlashed and is used to iterate over the raw logs and unpacked data for OperatorSlashed events raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorSlashedIterator struct {
	Event *ParleyRegistrarOperatorSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarOperatorSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarOperatorSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarOperatorSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarOperatorSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarOperatorSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarOperatorSlashed represents a OperatorSlashed event raised by the ParleyRegistrar contract.
type ParleyRegistrarOperatorSlashed struct {
	Operator      common.Address
	OperatorSetId uint32
	Epoch         uint64
	SlashId       *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorSlashed is a free log retrieval operation binding the contract event 0xe96330825036647839512625ea6ff8e02d5cd17db777ab0d4f66e2aed3e2767d.
//
// Solidity: event OperatorSlashed(address indexed operator, uint32 indexed operatorSetId, uint64 epoch, uint256 slashId)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterOperatorSlashed(opts *bind.FilterOpts, operator []common.Address, operatorSetId []uint32) (*ParleyRegistrarOperatorSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "OperatorSlashed", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarOperatorSlashedIterator{contract: _ParleyRegistrar.contract, event: "OperatorSlashed", logs: logs, sub: sub}, nil
}

// WatchOperatorSlashed is a free log subscription operation binding the contract event 0xe96330825036647839512625ea6ff8e02d5cd17db777ab0d4f66e2aed3e2767d.
//
// Solidity: event OperatorSlashed(address indexed operator, uint32 indexed operatorSetId, uint64 epoch, uint256 slashId)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchOperatorSlashed(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarOperatorSlashed, operator []common.Address, operatorSetId []uint32) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "OperatorSlashed", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarOperatorSlashed)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorSlashed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorSlashed is a log parse operation binding the contract event 0xe96330825036647839512625ea6ff8e02d5cd17db777ab0d4f66e2aed3e2767d.
//
// Solidity: event OperatorSlashed(address indexed operator, uint32 indexed operatorSetId, uint64 epoch, uint256 slashId)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseOperatorSlashed(log types.Log) (*ParleyRegistrarOperatorSlashed, error) {
	event := new(ParleyRegistrarOperatorSlashed)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "OperatorSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ParleyRegistrar contract.
type ParleyRegistrarOwnershipTransferStartedIterator struct {
	Event *ParleyRegistrarOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ParleyRegistrar contract.
type ParleyRegistrarOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ParleyRegistrarOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarOwnershipTransferStartedIterator{contract: _ParleyRegistrar.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarOwnershipTransferStarted)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseOwnershipTransferStarted(log types.Log) (*ParleyRegistrarOwnershipTransferStarted, error) {
	event := new(ParleyRegistrarOwnershipTransferStarted)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ParleyRegistrar contract.
type ParleyRegistrarOwnershipTransferredIterator struct {
	Event *ParleyRegistrarOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarOwnershipTransferred represents a OwnershipTransferred event raised by the ParleyRegistrar contract.
type ParleyRegistrarOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ParleyRegistrarOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarOwnershipTransferredIterator{contract: _ParleyRegistrar.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarOwnershipTransferred)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseOwnershipTransferred(log types.Log) (*ParleyRegistrarOwnershipTransferred, error) {
	event := new(ParleyRegistrarOwnershipTransferred)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarSlasherSetIterator is returned from FilterSlasherSet and is used to iterate over the raw logs and unpacked data for SlasherSet events raised by the ParleyRegistrar contract.
type ParleyRegistrarSlasherSetIterator struct {
	Event *ParleyRegistrarSlasherSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarSlasherSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarSlasherSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarSlasherSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarSlasherSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarSlasherSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarSlasherSet represents a SlasherSet event raised by the ParleyRegistrar contract.
type ParleyRegistrarSlasherSet struct {
	Slasher common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSlasherSet is a free log retrieval operation binding the contract event 0x93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e.
//
// Solidity: event SlasherSet(address indexed slasher)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterSlasherSet(opts *bind.FilterOpts, slasher []common.Address) (*ParleyRegistrarSlasherSetIterator, error) {

	var slasherRule []interface{}
	for _, slasherItem := range slasher {
		slasherRule = append(slasherRule, slasherItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "SlasherSet", slasherRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarSlasherSetIterator{contract: _ParleyRegistrar.contract, event: "SlasherSet", logs: logs, sub: sub}, nil
}

// WatchSlasherSet is a free log subscription operation binding the contract event 0x93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e.
//
// Solidity: event SlasherSet(address indexed slasher)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchSlasherSet(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarSlasherSet, slasher []common.Address) (event.Subscription, error) {

	var slasherRule []interface{}
	for _, slasherItem := range slasher {
		slasherRule = append(slasherRule, slasherItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "SlasherSet", slasherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarSlasherSet)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "SlasherSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlasherSet is a log parse operation binding the contract event 0x93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e.
//
// Solidity: event SlasherSet(address indexed slasher)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseSlasherSet(log types.Log) (*ParleyRegistrarSlasherSet, error) {
	event := new(ParleyRegistrarSlasherSet)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "SlasherSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistrarStrategyAddedIterator is returned from FilterStrategyAdded and is used to iterate over the raw logs and unpacked data for StrategyAdded events raised by the ParleyRegistrar contract.
type ParleyRegistrarStrategyAddedIterator struct {
	Event *ParleyRegistrarStrategyAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyRegistrarStrategyAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistrarStrategyAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyRegistrarStrategyAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyRegistrarStrategyAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistrarStrategyAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistrarStrategyAdded represents a StrategyAdded event raised by the ParleyRegistrar contract.
type ParleyRegistrarStrategyAdded struct {
	OperatorSetId uint32
	Strategy      common.Address
	Multiplier    *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterStrategyAdded is a free log retrieval operation binding the contract event 0xa4adf1c4d6057aa0f73960ac544cff5ca78db4bb72c7fe115ab2c38680d1e6cf.
//
// Solidity: event StrategyAdded(uint32 indexed operatorSetId, address indexed strategy, uint256 multiplier)
func (_ParleyRegistrar *ParleyRegistrarFilterer) FilterStrategyAdded(opts *bind.FilterOpts, operatorSetId []uint32, strategy []common.Address) (*ParleyRegistrarStrategyAddedIterator, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}
	var strategyRule []interface{}
	for _, strategyItem := range strategy {
		strategyRule = append(strategyRule, strategyItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.FilterLogs(opts, "StrategyAdded", operatorSetIdRule, strategyRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistrarStrategyAddedIterator{contract: _ParleyRegistrar.contract, event: "StrategyAdded", logs: logs, sub: sub}, nil
}

// WatchStrategyAdded is a free log subscription operation binding the contract event 0xa4adf1c4d6057aa0f73960ac544cff5ca78db4bb72c7fe115ab2c38680d1e6cf.
//
// Solidity: event StrategyAdded(uint32 indexed operatorSetId, address indexed strategy, uint256 multiplier)
func (_ParleyRegistrar *ParleyRegistrarFilterer) WatchStrategyAdded(opts *bind.WatchOpts, sink chan<- *ParleyRegistrarStrategyAdded, operatorSetId []uint32, strategy []common.Address) (event.Subscription, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}
	var strategyRule []interface{}
	for _, strategyItem := range strategy {
		strategyRule = append(strategyRule, strategyItem)
	}

	logs, sub, err := _ParleyRegistrar.contract.WatchLogs(opts, "StrategyAdded", operatorSetIdRule, strategyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistrarStrategyAdded)
				if err := _ParleyRegistrar.contract.UnpackLog(event, "StrategyAdded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStrategyAdded is a log parse operation binding the contract event 0xa4adf1c4d6057aa0f73960ac544cff5ca78db4bb72c7fe115ab2c38680d1e6cf.
//
// Solidity: event StrategyAdded(uint32 indexed operatorSetId, address indexed strategy, uint256 multiplier)
func (_ParleyRegistrar *ParleyRegistrarFilterer) ParseStrategyAdded(log types.Log) (*ParleyRegistrarStrategyAdded, error) {
	event := new(ParleyRegistrarStrategyAdded)
	if err := _ParleyRegistrar.contract.UnpackLog(event, "StrategyAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleySlasherMetaData contains all meta data concerning the ParleySlasher contract.
var ParleySlasherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractParleyRegistrar\",\"name\":\"registrar_\",\"type\":\"address\"},{\"internalType\":\"contractParleyTablePublisher\",\"name\":\"publisher_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slashWads_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENTRY_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ENTRIES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_HASH_ATTEMPTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structParleySlasher.Attestation\",\"name\":\"att\",\"type\":\"tuple\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"entry\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[12]\",\"name\":\"proof\",\"type\":\"bytes32[12]\"}],\"internalType\":\"structParleySlasher.Membership\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"membershipRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"lo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hi\",\"type\":\"bytes32\"}],\"name\":\"offenceKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"publisher\",\"outputs\":[{\"internalType\":\"contractParleyTablePublisher\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"contractParleyRegistrar\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"slashAsSelf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"certA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"start\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"setIds\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"entries\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structParleySlasher.EntryRange\",\"name\":\"ra\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certB\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"start\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"setIds\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"entries\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structParleySlasher.EntryRange\",\"name\":\"rb\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"slashCertificates\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structParleySlasher.Attestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"uint256[2]\",\"name\":\"sigma\",\"type\":\"uint256[2]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"entry\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[12]\",\"name\":\"proof\",\"type\":\"bytes32[12]\"}],\"internalType\":\"structParleySlasher.Membership\",\"name\":\"member\",\"type\":\"tuple\"}],\"internalType\":\"structParleySlasher.SignedAttestation\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structParleySlasher.Attestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"uint256[2]\",\"name\":\"sigma\",\"type\":\"uint256[2]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"entry\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[12]\",\"name\":\"proof\",\"type\":\"bytes32[12]\"}],\"internalType\":\"structParleySlasher.Membership\",\"name\":\"member\",\"type\":\"tuple\"}],\"internalType\":\"structParleySlasher.SignedAttestation\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"slashEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashWads\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"certA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"start\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"setIds\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"entries\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structParleySlasher.EntryRange\",\"name\":\"ra\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certB\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"start\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"setIds\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"entries\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structParleySlasher.EntryRange\",\"name\":\"rb\",\"type\":\"tuple\"}],\"name\":\"verifyCertificates\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"signersA\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"signersB\",\"type\":\"address[]\"},{\"internalType\":\"bytes32\",\"name\":\"digestA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digestB\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structParleySlasher.Attestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"uint256[2]\",\"name\":\"sigma\",\"type\":\"uint256[2]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"entry\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[12]\",\"name\":\"proof\",\"type\":\"bytes32[12]\"}],\"internalType\":\"structParleySlasher.Membership\",\"name\":\"member\",\"type\":\"tuple\"}],\"internalType\":\"structParleySlasher.SignedAttestation\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structParleySlasher.Attestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"uint256[2]\",\"name\":\"sigma\",\"type\":\"uint256[2]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"entry\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[12]\",\"name\":\"proof\",\"type\":\"bytes32[12]\"}],\"internalType\":\"structParleySlasher.Membership\",\"name\":\"member\",\"type\":\"tuple\"}],\"internalType\":\"structParleySlasher.SignedAttestation\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"verifyEquivocation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"lo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hi\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestLow\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestHigh\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashId\",\"type\":\"uint256\"}],\"name\":\"EquivocationSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"OffenderNotSlashable\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"offence\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"DifferentSourceChains\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"HashToCurveFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"IdenticalAttestations\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"InvalidAggregateSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidEntryLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"}],\"name\":\"InvalidEntryPosition\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEntryRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"InvalidSignaturePoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wads\",\"type\":\"uint256\"}],\"name\":\"InvalidSlashWads\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"InvalidSnapshotProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"}],\"name\":\"MalformedCertificate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"b\",\"type\":\"address\"}],\"name\":\"OperatorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"OperatorNotSlashable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"publisherRegistrar\",\"type\":\"address\"}],\"name\":\"PublisherMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RangesDoNotOverlap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"SetNotInCertificate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stored\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"named\",\"type\":\"bytes32\"}],\"name\":\"SnapshotRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"UnknownSnapshot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"}],\"name\":\"WrongAVS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"}],\"name\":\"WrongL1Chain\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051613d1b380380613d1b83398101604081905261002e91610176565b6001600160a01b038316158061004b57506001600160a01b038216155b156100695760405163d92e233d60e01b815260040160405180910390fd5b80158061007d5750670de0b6b3a764000081115b156100a35760405163139102b560e21b8152600481018290526024015b60405180910390fd5b5f826001600160a01b0316632b20e3976040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100e0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061010491906101b6565b9050836001600160a01b0316816001600160a01b03161461014357604051638172c7c960e01b81526001600160a01b038216600482015260240161009a565b506001600160a01b03928316608052911660a05260c0526101d8565b6001600160a01b0381168114610173575f5ffd5b50565b5f5f5f60608486031215610188575f5ffd5b83516101938161015f565b60208501519093506101a48161015f565b80925050604084015190509250925092565b5f602082840312156101c6575f5ffd5b81516101d18161015f565b9392505050565b60805160a05160c051613af66102255f395f81816101e9015261158801525f8181610282015261177a01525f81816101730152818161098f015281816113bb01526115cf0152613af65ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638c72c54e116100a9578063cc7d231b1161006e578063cc7d231b146102da578063e0efe9c7146102ed578063e84e5d4b14610300578063f57c8aae14610309578063ffd9f7491461032c575f5ffd5b80638c72c54e1461027d57806398366e35146102a45780639c6fb51e146102ac578063ad899d12146102bf578063c57ff367146102c7575f5ffd5b806361b143df116100ef57806361b143df1461020b5780636a1460241461023d57806377dc2ce51461024c5780637d4cb9641461025f5780638a512f9214610268575f5ffd5b806307090c1f1461012b578063178dd948146101465780632b20e3971461016e5780634bf19662146101ad5780635be33fea146101e4575b5f5ffd5b61013361033f565b6040519081526020015b60405180910390f35b610159610154366004612e4c565b610362565b6040805192835260208301919091520161013d565b6101957f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013d565b6101c06101bb366004612e92565b61044a565b6040805193845260208401929092526001600160a01b03169082015260600161013d565b6101337f000000000000000000000000000000000000000000000000000000000000000081565b61022d610219366004612e4c565b5f6020819052908152604090205460ff1681565b604051901515815260200161013d565b610133670de0b6b3a764000081565b61013361025a366004612f58565b610571565b61013361100081565b6102706105b0565b60405161013d9190613060565b6101957f000000000000000000000000000000000000000000000000000000000000000081565b610133600c81565b6101336102ba366004613072565b6105cc565b61013360e081565b6101336102d53660046130c3565b61075a565b6101336102e83660046130ff565b610778565b6101336102fb366004613132565b6107aa565b61013361020081565b61031c610317366004613173565b6107ff565b60405161013d9493929190613285565b61013361033a366004612e92565b610845565b6040518060e0016040528060be8152602001613a3860be91398051906020012081565b5f8061037b5f516020613a185f395f51905f52846132d1565b91505f5b610200811015610428575f5f516020613a185f395f51905f5260035f516020613a185f395f51905f52865f516020613a185f395f51905f52888909090890506103eb8160046103dc5f516020613a185f395f51905f5260016132f8565b6103e6919061330b565b610920565b9250805f516020613a185f395f51905f528485090361040b575050915091565b5f516020613a185f395f51905f526001850893505060010161037f565b506040516348428fc760e11b8152600481018490526024015b60405180910390fd5b5f808080610465610460368890038801886133a1565b61098c565b90505f61047a610460368890038801886133a1565b90506104a461048e368990038901896133a1565b61049d368990038901896133a1565b8484610a7c565b6104bc610120880180359060015b6020020135610b41565b6104ce610120870180359060016104b2565b8082106104dc5780826104df565b81815b90955093506104fc88886104f761016082018261344a565b610be2565b92505f61051289886104f761016082018261344a565b9050806001600160a01b0316846001600160a01b031614610559576040516302fb024b60e21b81526001600160a01b03808616600483015282166024820152604401610441565b61056583838a8a610c78565b50505093509350939050565b5f5f5f6105838b8b8b8b8b8b8b611127565b915091506105a182828d875f1461059a578761118f565b5f1961118f565b9b9a5050505050505050505050565b6040518060e0016040528060be8152602001613a3860be913981565b5f36816105d98480613469565b909250905060e08114610602576040516302fed64160e31b815260048101829052602401610441565b5f61061360408601602087016134ab565b90505f61062660608701604088016134ab565b905063ffffffff8116158061064257506110008163ffffffff16115b8061065957508063ffffffff168263ffffffff1610155b15610687576040516352ce204f60e11b815263ffffffff808416600483015282166024820152604401610441565b6040515f906106a09082908a90889088906020016134c4565b60408051601f19818403018152919052805160209091012090505f5b600c811015610717575f8860600182600c81106106db576106db613436565b60200201359050600163ffffffff8616831c1615610702576106fd8184611329565b61070c565b61070c8382611329565b9250506001016106bc565b5060405161073790600160f91b9063ffffffff85169084906020016134fc565b604051602081830303815290604052805190602001209550505050505092915050565b5f61077261076d368490038401846133a1565b611346565b92915050565b5f333014610799576040516314e1dbf760e11b815260040160405180910390fd5b6107a38383611394565b9392505050565b604080516001600160a01b038616602082015263ffffffff85169181019190915260608101839052608081018290525f9060a0016040516020818303038152906040528051906020012090505b949350505050565b6060805f5f5f5f6108158d8d8d8d8d8d8d611127565b915091508160e001518160e001518360c001518360c0015195509550955095505050975097509750979350505050565b5f5f5f5f61085487878761044a565b9250925092505f610867828986866107aa565b5f8181526020819052604090205490915060ff161561089c576040516316e5043d60e01b815260048101829052602401610441565b5f818152602081905260409020805460ff191660011790556108be8289611394565b604080518681526020810186905290810182905290955063ffffffff8916906001600160a01b038416907f24c78195ab3d4e4c8731a3fa2867faea37967232c5d2fec11025e3f419de9e4d9060600160405180910390a3505050509392505050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f516020613a185f395f51905f5260a082015260208160c08360055afa905192509050806109855760405162a4859360e01b815260056004820152602401610441565b5092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031682602001516001600160a01b0316146109f457602082015160405163fcc7b91d60e01b81526001600160a01b039091166004820152602401610441565b81514614610a1b578151604051630117459560e61b81526004810191909152602401610441565b81608001516001600160401b031682606001516001600160401b03161115610a735760608201516080830151604051633c21b0ff60e11b81526001600160401b03928316600482015291166024820152604401610441565b61077282611346565b8260400151846040015114610ab95783604001518360400151604051630f941e8560e41b8152600401610441929190918252602082015260400190565b82608001516001600160401b031684606001516001600160401b03161180610afa575083608001516001600160401b031683606001516001600160401b0316115b15610b1857604051635b32898160e01b815260040160405180910390fd5b808203610b3b5760405163c3d4f5ef60e01b815260048101839052602401610441565b50505050565b5f516020613a185f395f51905f5282101580610b6a57505f516020613a185f395f51905f528110155b80610bb657505f516020613a185f395f51905f5260035f516020613a185f395f51905f52845f516020613a185f395f51905f5286870909085f516020613a185f395f51905f5282830914155b15610bde5760405163057565e760e51b81526004810183905260248101829052604401610441565b5050565b5f80610c03610bf8610100860160e0870161352b565b85610100013561175b565b905080610c1086856105cc565b14610c4b57610c26610100850160e0860161352b565b6040516362e375f360e11b81526001600160401b039091166004820152602401610441565b610c558380613469565b610c63916014915f91613544565b610c6c9161356b565b60601c95945050505050565b5f610c8761016083018361344a565b610c919080613469565b610ca09160e091606091613544565b604051610cae9291906135ab565b604051908190039020610cc561016085018561344a565b610ccf9080613469565b610cde9160e091606091613544565b604051610cec9291906135ab565b60405180910390201490505f610d048686868661184f565b90505f82610d13576012610d16565b600c5b60ff166001600160401b03811115610d3057610d3061331e565b604051908082528060200260200182016040528015610d59578160200160208202803683370190505b509050610d64612d4a565b610140808701356020830152610120878101358352610d8b919087013590870135856118e8565b60608301526040820152610d9e8161190b565b835f81518110610db057610db0613436565b6020026020010184600181518110610dca57610dca613436565b60200260200101828152508281525050507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c27f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed7f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec7f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d85600281518110610e7257610e72613436565b6020026020010186600381518110610e8c57610e8c613436565b6020026020010187600481518110610ea657610ea6613436565b6020026020010188600581518110610ec057610ec0613436565b60209081029190910101939093529290915291905252610edf88610362565b60208301528152610eef87610362565b6060830181905260408301829052610f089190856118e8565b606083015260408201528315610f6257610f218161190b565b83600681518110610f3457610f34613436565b6020026020010184600781518110610f4e57610f4e613436565b602090810291909101019190915252611049565b8051602082015160408301516060840151855186906006908110610f8857610f88613436565b6020026020010186600781518110610fa257610fa2613436565b6020026020010187600c81518110610fbc57610fbc613436565b6020026020010188600d81518110610fd657610fd6613436565b602090810291909101019390935292909152919052525f5b60048110156110475761101861100861016088018861344a565b6110129080613469565b83611955565b8361102483600e6132f8565b8151811061103457611034613436565b6020908102919091010152600101610fee565b505b5f5b60048110156110945761106561100861016089018961344a565b836110718360086132f8565b8151811061108157611081613436565b602090810291909101015260010161104b565b5061109d612d68565b5f602082855160051b6020870160085afa90508080156110be575081516001145b156110ce57505050505050610b3b565b6110f48a6101208a016110e56101608c018c61344a565b6110ef9080613469565b61199b565b61110b8961012089016110e56101608b018b61344a565b604051633335be5d60e11b8152600481018b9052602401610441565b61112f612d86565b611137612d86565b611142898989611b31565b915061114f898686611b31565b8251815160c0808601519084015193945061116993610a7c565b611176898989858a611b9f565b6111838986868487611b9f565b97509795505050505050565b5f5f5f8560c001518760c00151106111b0578560c001518760c001516111bb565b8660c001518660c001515b60e0808a015190890151929450909250905f805b8351821080156111df5750825181105b80156111ea57508787105b156112fb5782818151811061120157611201613436565b60200260200101516001600160a01b031684838151811061122457611224613436565b60200260200101516001600160a01b0316101561124d5781611245816135ba565b9250506111cf565b83828151811061125f5761125f613436565b60200260200101516001600160a01b031683828151811061128257611282613436565b60200260200101516001600160a01b031610156112ab57806112a3816135ba565b9150506111cf565b6112d08483815181106112c0576112c0613436565b60200260200101518a8888611e2a565b156112e357866112df816135ba565b9750505b816112ed816135ba565b92505080806112a3906135ba565b865f0361131b57604051630e3efacd60e21b815260040160405180910390fd5b505050505050949350505050565b5f6040516001815360018101939093525060218201526041902090565b5f6040518060e0016040528060be8152602001613a3860be91398051602091820120604051611377928591016135d2565b604051602081830303815290604052805190602001209050919050565b60405163a3fac0b560e01b815263ffffffff821660048201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a3fac0b5906024015f60405180830381865afa1580156113ff573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261142691908101906136fd565b50805190915060015b81811015611536575f83828151811061144a5761144a613436565b602002602001015190505f8290505b5f8111801561149c57506001600160a01b038216856114796001846137c2565b8151811061148957611489613436565b60200260200101516001600160a01b0316115b1561150157846114ad6001836137c2565b815181106114bd576114bd613436565b60200260200101518582815181106114d7576114d7613436565b6001600160a01b0390921660209283029190910190910152806114f9816137d5565b915050611459565b8185828151811061151457611514613436565b6001600160a01b0390921660209283029190910190910152505060010161142f565b505f816001600160401b038111156115505761155061331e565b604051908082528060200260200182016040528015611579578160200160208202803683370190505b5090505f5b828110156115cc577f00000000000000000000000000000000000000000000000000000000000000008282815181106115b9576115b9613436565b602090810291909101015260010161157e565b507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633d0714226040518060a00160405280896001600160a01b031681526020018863ffffffff168152602001868152602001848152602001604051806040016040528060148152602001733830b93632bc9d1032b8bab4bb37b1b0ba34b7b760611b8152508152506040518263ffffffff1660e01b815260040161167a919061381a565b5f604051808303815f875af19250505080156116b757506040513d5f823e601f3d908101601f191682016040526116b491908101906138d4565b60015b611750573d8080156116e4576040519150601f19603f3d011682016040523d82523d5f602084013e6116e9565b606091505b5080516004148015611713575063ebbff49760e01b61170782613902565b6001600160e01b031916145b156117485760405163013ed0c560e11b81526001600160a01b038816600482015263ffffffff87166024820152604401610441565b805160208201fd5b509695505050505050565b6040516271e92560e51b81526001600160401b03831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630e3d24a090602401602060405180830381865afa1580156117c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117eb9190613940565b90508061181657604051636ed58c9f60e11b81526001600160401b0384166004820152602401610441565b81811461077257604051633f2a9c1960e11b81526001600160401b03841660048201526024810182905260448101839052606401610441565b5f6080858561012080870190860161186b61016089018961344a565b6118759080613469565b6118849160e091606091613544565b6118926101608a018a61344a565b61189c9080613469565b6118ab9160e091606091613544565b6040516020016118c2989796959493929190613957565b60408051601f1981840301815291905280516020909101206001911c1795945050505050565b5f5f5f6118f6868686611ff7565b80516020909101519097909650945050505050565b5f5f611915612e0f565b5f60408260808760065afa9050806119425760405162a4859360e01b815260066004820152602401610441565b5080516020909101519094909350915050565b5f838361196384602061399e565b61196e9060606132f8565b9061197a85602061399e565b6119859060806132f8565b9261199293929190613544565b6107f7916139b5565b5f5f6119a686610362565b915091506119b2612e2d565b85358152602080870135908201527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a082015260c0810183905260e081018290525f5b6004811015611adf578585611a7e83602061399e565b611a899060606132f8565b90611a9584602061399e565b611aa09060806132f8565b92611aad93929190613544565b611ab6916139b5565b82611ac28360086132f8565b600c8110611ad257611ad2613436565b6020020152600101611a68565b50611ae8612d68565b5f6020826101808560085afa9050801580611b0557508151600114155b15611b2657604051633335be5d60e11b8152600481018a9052602401610441565b505050505050505050565b611b39612d86565b611b438383612053565b9050611b51815f015161098c565b60c0820152602081015163ffffffff85161c6001165f03611b8d57604051635f71f18960e01b815263ffffffff85166004820152602401610441565b6107a381604001518260600151610b41565b815160e081015161010090910151611bb7919061175b565b611bc0826124fd565b14611bf057815160e001516040516362e375f360e11b81526001600160401b039091166004820152602401610441565b5f611bfe6040830183613469565b905090505f816001600160401b03811115611c1b57611c1b61331e565b604051908082528060200260200182016040528015611c44578160200160208202803683370190505b5090505f611c50612d4a565b5f5b84811015611dd2575f611c686040880188613469565b83818110611c7857611c78613436565b60208b015192013560f81c925050811c6001165f03611c975750611dca565b365f611ca660608a018a613469565b611cb160e08761399e565b9060e0611cbf8860016132f8565b611cc9919061399e565b92611cd693929190613544565b9092509050611d0a8c8c8c611cef606060208789613544565b604051611cfd9291906135ab565b6040518091039020612992565b15611d1757505050611dca565b611d25604060208385613544565b611d2e916139b5565b8560026020020152611d44606060408385613544565b611d4d916139b5565b6060860152611d5b8561190b565b6020870152855263ffffffff8d168303611dc657611d7c60145f8385613544565b611d859161356b565b60601c8787611d93816135ba565b985081518110611da557611da5613436565b60200260200101906001600160a01b031690816001600160a01b0316815250505b5050505b600101611c52565b508051158015611de457506020810151155b15611e0a578560c00151604051638aaad13760e01b815260040161044191815260200190565b81835260e0860183905280516020820151611b26918a918a918a91612a27565b5f5f611e38868686866107aa565b5f8181526020819052604090205490915060ff1615611e5a575f9150506107f7565b5f8181526020819052604090819020805460ff191660011790555163cc7d231b60e01b81526001600160a01b038716600482015263ffffffff86166024820152309063cc7d231b906044016020604051808303815f875af1925050508015611edf575060408051601f3d908101601f19168201909252611edc91810190613940565b60015b611f98573d808015611f0c576040519150601f19603f3d011682016040523d82523d5f602084013e611f11565b606091505b506004815110158015611f3c575063013ed0c560e11b611f3082613902565b6001600160e01b031916145b15611748575f82815260208190526040808220805460ff191690555163ffffffff8816916001600160a01b038a16917e9ff9630c73fe39df414cbcacd9aab01c28e40b180a8f9c68e7d17a9c983f2d9190a35f925050506107f7565b604080518681526020810186905290810182905263ffffffff8716906001600160a01b038916907f24c78195ab3d4e4c8731a3fa2867faea37967232c5d2fec11025e3f419de9e4d9060600160405180910390a36001925050506107f7565b611fff612e0f565b5f60405180606001604052808681526020018581526020018481525090505f60408360608460075afa90508061204a5760405162a4859360e01b815260076004820152602401610441565b50509392505050565b61205b612d86565b8161028081108061206e57506202034081115b1561208f5760405163e93af3a360e01b815260016004820152602401610441565b6001600160401b03806120a386865f612d2a565b11806120c057506001600160a01b036120be86866001612d2a565b115b806120d55750806120d386866002612d2a565b115b806120ea5750806120e886866003612d2a565b115b806120ff5750806120fd86866004612d2a565b115b8061211457508061211286866007612d2a565b115b156121355760405163e93af3a360e01b815260066004820152602401610441565b60405180610120016040528061214c87875f612d2a565b815260200161215d87876001612d2a565b6001600160a01b0316815260200161217787876002612d2a565b815260200161218887876003612d2a565b6001600160401b031681526020016121a287876004612d2a565b6001600160401b031681526020016121bc87876005612d2a565b81526020016121cd87876006612d2a565b81526020016121de87876007612d2a565b6001600160401b031681526020016121f887876008612d2a565b9052835261220885856009612d2a565b6102201461222c5760405163e93af3a360e01b815260026004820152602401610441565b5f61223a8686610220612d3b565b9050801580612249575060c081115b156122695760405163e93af3a360e01b8152600481810152602401610441565b5f602061227783601f6132f8565b612281919061330b565b61228c90602061399e565b612298906102406132f8565b9050806122a788886010612d2a565b1415806122bd5750836122bb8260206132f8565b115b156122de5760405163e93af3a360e01b815260026004820152602401610441565b5f805b83811015612366575f89896122f8846102406132f8565b81811061230757612307613436565b919091013560f81c91505060c08110158061232c57505f8211801561232c5750828111155b1561234c5760405163e93af3a360e01b8152600481810152602401610441565b602088018051600180841b909117909152909250016122e1565b505f612374846102406132f8565b90505b828110156123ca5788888281811061239157612391613436565b909101356001600160f81b0319161590506123c25760405163e93af3a360e01b815260036004820152602401610441565b600101612377565b505f6123d7898985612d3b565b90506110008111156123ff5760405163e93af3a360e01b815260056004820152602401610441565b61240a81602061399e565b6124158460206132f8565b61241f91906132f8565b86146124415760405163e93af3a360e01b815260026004820152602401610441565b60015b818110156124b9576124768a8a61245c84602061399e565b6124678860206132f8565b61247191906132f8565b612d3b565b6124908b8b61248685602061399e565b61247190896132f8565b106124b15760405163e93af3a360e01b815260056004820152602401610441565b600101612444565b506124c68989600a612d2a565b60408801526124d78989600b612d2a565b60608801526124e78360206132f8565b608088015260a087015250939695505050505050565b5f8061250c6040840184613469565b91505f905061252160408501602086016134ab565b63ffffffff1690505f61253760208601866134ab565b63ffffffff169050821580612564575061255260e08461399e565b61255f6060870187613469565b905014155b80612570575061100082115b8061258357508161258184836132f8565b115b156125a15760405163b75ee39f60e01b815260040160405180910390fd5b365f6125b06040880188613469565b915091505f6020860680156125cd5786840135816008021c151591505b5080156125ed5760405163b75ee39f60e01b815260040160405180910390fd5b5f6125f98760026132f8565b6001600160401b038111156126105761261061331e565b604051908082528060200260200182016040528015612639578160200160208202803683370190505b5090505f5b87811015612705575f61265460408c018c613469565b8381811061266457612664613436565b919091013560f81c905061267b60608d018d613469565b61268660e08661399e565b9060e06126948760016132f8565b61269e919061399e565b926126ab93929190613544565b6040516020016126be94939291906134c4565b60405160208183030381529060405280519060200120828260016126e291906132f8565b815181106126f2576126f2613436565b602090810291909101015260010161263e565b50865f8061271660808d018d6139d2565b91505f90505b600c81101561291757600189811681036127b9578284106127505760405163b75ee39f60e01b815260040160405180910390fd5b61275d60808f018f6139d2565b85612767816135ba565b965081811061277857612778613436565b90506020020135865f8151811061279157612791613436565b6020908102919091010152505f6127a960018b6137c2565b99506127b66001866132f8565b94505b84600116600103612849578284106127e45760405163b75ee39f60e01b815260040160405180910390fd5b6127f160808f018f6139d2565b856127fb816135ba565b965081811061280c5761280c613436565b9050602002013586868361282091906132f8565b8151811061283057612830613436565b60209081029190910101526128466001866132f8565b94505b61285460028661330b565b94505f5b85811015612900576128d18761286f83600261399e565b61287990856132f8565b8151811061288957612889613436565b60200260200101518883600261289f919061399e565b6128a990866132f8565b6128b49060016132f8565b815181106128c4576128c4613436565b6020026020010151611329565b876128dd8360016132f8565b815181106128ed576128ed613436565b6020908102919091010152600101612858565b5061290c60028b61330b565b99505060010161271c565b508082146129385760405163b75ee39f60e01b815260040160405180910390fd5b600260f81b898560018151811061295157612951613436565b602002602001015160405160200161296b939291906134fc565b604051602081830303815290604052805190602001209a5050505050505050505050919050565b60a08201515f908190835b81831015612a1a575f60026129b284866132f8565b6129bc919061330b565b90505f6129de8a8a6129cf85602061399e565b8b6080015161247191906132f8565b90508281036129f5576001955050505050506107f7565b82811015612a0f57612a088260016132f8565b9450612a13565b8193505b505061299d565b505f979650505050505050565b5f8360c0015190505f6040518060800160405280612a478989600c612d2a565b8152602001612a588989600d612d2a565b8152602001612a698989600e612d2a565b8152602001612a7a8989600f612d2a565b905280516020808301516040808501516060808701518c8401518d83015185519788018c90529487018d90529186018b9052608086019690965260a085019390935260c084015260e08301939093526101008201526101208101919091529091505f907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019061014001604051602081830303815290604052805190602001205f1c612b2591906132d1565b90505f5f612b3285610362565b915091505f612b42888886611ff7565b9050612ba160405180608001604052808b6040015181526020018b606001518152602001835f60028110612b7857612b78613436565b6020020151815260200183600160028110612b9557612b95613436565b6020020151905261190b565b602083015281525f612bb66001600287611ff7565b9050612be46040518060800160405280868152602001858152602001835f60028110612b7857612b78613436565b602083810191825291835260408051610180810182528551815285840151818501527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2818301527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6060808301919091527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808301527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0830152855160c0830152925160e0820152895161010082015292890151610120840152880151610140830152870151610160820152612cdb612d68565b5f6020826101808560085afa9050801580612cf857508151600114155b15612d1957604051638aaad13760e01b8152600481018b9052602401610441565b505050505050505050505050505050565b5f6107f7848461247185602061399e565b5f8382846119858260206132f8565b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b6040805161022081019091525f610100820181815261012083018290526101408301829052610160830182905261018083018290526101a083018290526101c083018290526101e08301829052610200830191909152819081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b60405180604001604052806002906020820280368337509192915050565b604051806101800160405280600c906020820280368337509192915050565b5f60208284031215612e5c575f5ffd5b5035919050565b803563ffffffff81168114612e76575f5ffd5b919050565b5f6101808284031215612e8c575f5ffd5b50919050565b5f5f5f60608486031215612ea4575f5ffd5b612ead84612e63565b925060208401356001600160401b03811115612ec7575f5ffd5b612ed386828701612e7b565b92505060408401356001600160401b03811115612eee575f5ffd5b612efa86828701612e7b565b9150509250925092565b5f5f83601f840112612f14575f5ffd5b5081356001600160401b03811115612f2a575f5ffd5b602083019150836020828501011115612f41575f5ffd5b9250929050565b5f60a08284031215612e8c575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215612f6f575f5ffd5b612f7889612e63565b975060208901356001600160401b03811115612f92575f5ffd5b612f9e8b828c01612f04565b90985096505060408901356001600160401b03811115612fbc575f5ffd5b612fc88b828c01612f48565b95505060608901356001600160401b03811115612fe3575f5ffd5b612fef8b828c01612f04565b90955093505060808901356001600160401b0381111561300d575f5ffd5b6130198b828c01612f48565b989b979a50959894979396929550929360a00135925050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107a36020830184613032565b5f5f60408385031215613083575f5ffd5b61308c83612e63565b915060208301356001600160401b038111156130a6575f5ffd5b83016101e081860312156130b8575f5ffd5b809150509250929050565b5f6101208284031280156130d5575f5ffd5b509092915050565b6001600160a01b03811681146130f1575f5ffd5b50565b8035612e76816130dd565b5f5f60408385031215613110575f5ffd5b823561311b816130dd565b915061312960208401612e63565b90509250929050565b5f5f5f5f60808587031215613145575f5ffd5b8435613150816130dd565b935061315e60208601612e63565b93969395505050506040820135916060013590565b5f5f5f5f5f5f5f60a0888a031215613189575f5ffd5b61319288612e63565b965060208801356001600160401b038111156131ac575f5ffd5b6131b88a828b01612f04565b90975095505060408801356001600160401b038111156131d6575f5ffd5b6131e28a828b01612f48565b94505060608801356001600160401b038111156131fd575f5ffd5b6132098a828b01612f04565b90945092505060808801356001600160401b03811115613227575f5ffd5b6132338a828b01612f48565b91505092959891949750929550565b5f8151808452602084019350602083015f5b8281101561327b5781516001600160a01b0316865260209586019590910190600101613254565b5093949350505050565b608081525f6132976080830187613242565b82810360208401526132a98187613242565b604084019590955250506060015292915050565b634e487b7160e01b5f52601260045260245ffd5b5f826132df576132df6132bd565b500690565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610772576107726132e4565b5f82613319576133196132bd565b500490565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b03811182821017156133555761335561331e565b60405290565b604051601f8201601f191681016001600160401b03811182821017156133835761338361331e565b604052919050565b80356001600160401b0381168114612e76575f5ffd5b5f6101208284031280156133b3575f5ffd5b506133bc613332565b823581526133cc602084016130f4565b6020820152604083810135908201526133e76060840161338b565b60608201526133f86080840161338b565b608082015260a0838101359082015260c0808401359082015261341d60e0840161338b565b60e0820152610100928301359281019290925250919050565b634e487b7160e01b5f52603260045260245ffd5b5f82356101de1983360301811261345f575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261347e575f5ffd5b8301803591506001600160401b03821115613497575f5ffd5b602001915036819003821315612f41575f5ffd5b5f602082840312156134bb575f5ffd5b6107a382612e63565b6001600160f81b03198516815260e084901b6001600160e01b0319166001820152818360058301375f91016005019081529392505050565b6001600160f81b031993909316835260c09190911b6001600160c01b0319166001830152600982015260290190565b5f6020828403121561353b575f5ffd5b6107a38261338b565b5f5f85851115613552575f5ffd5b8386111561355e575f5ffd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015610985576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b818382375f9101908152919050565b5f600182016135cb576135cb6132e4565b5060010190565b5f610140820190508382528251602083015260018060a01b036020840151166040830152604083015160608301526001600160401b036060840151166080830152608083015161362d60a08401826001600160401b03169052565b5060a083015160c083015260c083015160e083015260e083015161365d6101008401826001600160401b03169052565b506101008301516101208301529392505050565b5f6001600160401b038211156136895761368961331e565b5060051b60200190565b5f82601f8301126136a2575f5ffd5b81516136b56136b082613671565b61335b565b8082825260208201915060208360051b8601019250858311156136d6575f5ffd5b602085015b838110156136f35780518352602092830192016136db565b5095945050505050565b5f5f6040838503121561370e575f5ffd5b82516001600160401b03811115613723575f5ffd5b8301601f81018513613733575f5ffd5b80516137416136b082613671565b8082825260208201915060208360051b850101925087831115613762575f5ffd5b6020840193505b8284101561378d57835161377c816130dd565b825260209384019390910190613769565b8095505050505060208301516001600160401b038111156137ac575f5ffd5b6137b885828601613693565b9150509250929050565b81810381811115610772576107726132e4565b5f816137e3576137e36132e4565b505f190190565b5f8151808452602084019350602083015f5b8281101561327b5781518652602095860195909101906001016137fc565b602080825282516001600160a01b0316828201528281015163ffffffff1660408084019190915283015160a06060840152805160c084018190525f929190910190829060e08501905b8083101561388e5783516001600160a01b031682526020938401936001939093019290910190613863565b506060860151858203601f1901608087015292506138ac81846137ea565b925050506080840151601f198483030160a08501526138cb8282613032565b95945050505050565b5f5f604083850312156138e5575f5ffd5b825160208401519092506001600160401b038111156137ac575f5ffd5b805160208201516001600160e01b0319811691906004821015613939576001600160e01b0319600483900360031b81901b82161692505b5050919050565b5f60208284031215613950575f5ffd5b5051919050565b88815287602082015260408760408301376040866080830137838560c08301375f84820160c081015f815284868237505f930160c001928352509098975050505050505050565b8082028115828204841417610772576107726132e4565b80356020831015610772575f19602084900360031b1b1692915050565b5f5f8335601e198436030181126139e7575f5ffd5b8301803591506001600160401b03821115613a00575f5ffd5b6020019150600581901b3603821315612f41575f5ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd475061726c65792e4174746573746174696f6e2e76322875696e74323536206c31436861696e49642c61646472657373206176732c75696e7432353620736f75726365436861696e49642c75696e7436342066726f6d426c6f636b2c75696e74363420746f426c6f636b2c62797465733332206c617374426c6f636b486173682c62797465733332206d657373616765526f6f742c75696e74363420736e617073686f74426c6f636b2c6279746573333220736e617073686f74526f6f7429",
}

// ParleySlasherABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleySlasherMetaData.ABI instead.
var ParleySlasherABI = ParleySlasherMetaData.ABI

// ParleySlasherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleySlasherMetaData.Bin instead.
var ParleySlasherBin = ParleySlasherMetaData.Bin

// DeployParleySlasher deploys a new Ethereum contract, binding an instance of ParleySlasher to it.
func DeployParleySlasher(auth *bind.TransactOpts, backend bind.ContractBackend, registrar_ common.Address, publisher_ common.Address, slashWads_ *big.Int) (common.Address, *types.Transaction, *ParleySlasher, error) {
	parsed, err := ParleySlasherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleySlasherBin), backend, registrar_, publisher_, slashWads_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ParleySlasher{ParleySlasherCaller: ParleySlasherCaller{contract: contract}, ParleySlasherTransactor: ParleySlasherTransactor{contract: contract}, ParleySlasherFilterer: ParleySlasherFilterer{contract: contract}}, nil
}

// ParleySlasher is an auto generated Go binding around an Ethereum contract.
type ParleySlasher struct {
	ParleySlasherCaller     // Read-only binding to the contract
	ParleySlasherTransactor // Write-only binding to the contract
	ParleySlasherFilterer   // Log filterer for contract events
}

// ParleySlasherCaller is an auto generated read-only Go binding around an Ethereum contract.
type ParleySlasherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleySlasherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ParleySlasherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleySlasherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ParleySlasherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleySlasherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ParleySlasherSession struct {
	Contract     *ParleySlasher    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ParleySlasherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ParleySlasherCallerSession struct {
	Contract *ParleySlasherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// ParleySlasherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ParleySlasherTransactorSession struct {
	Contract     *ParleySlasherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// ParleySlasherRaw is an auto generated low-level Go binding around an Ethereum contract.
type ParleySlasherRaw struct {
	Contract *ParleySlasher // Generic contract binding to access the raw methods on
}

// ParleySlasherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ParleySlasherCallerRaw struct {
	Contract *ParleySlasherCaller // Generic read-only contract binding to access the raw methods on
}

// ParleySlasherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ParleySlasherTransactorRaw struct {
	Contract *ParleySlasherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewParleySlasher creates a new instance of ParleySlasher, bound to a specific deployed contract.
func NewParleySlasher(address common.Address, backend bind.ContractBackend) (*ParleySlasher, error) {
	contract, err := bindParleySlasher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ParleySlasher{ParleySlasherCaller: ParleySlasherCaller{contract: contract}, ParleySlasherTransactor: ParleySlasherTransactor{contract: contract}, ParleySlasherFilterer: ParleySlasherFilterer{contract: contract}}, nil
}

// NewParleySlasherCaller creates a new read-only instance of ParleySlasher, bound to a specific deployed contract.
func NewParleySlasherCaller(address common.Address, caller bind.ContractCaller) (*ParleySlasherCaller, error) {
	contract, err := bindParleySlasher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ParleySlasherCaller{contract: contract}, nil
}

// NewParleySlasherTransactor creates a new write-only instance of ParleySlasher, bound to a specific deployed contract.
func NewParleySlasherTransactor(address common.Address, transactor bind.ContractTransactor) (*ParleySlasherTransactor, error) {
	contract, err := bindParleySlasher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ParleySlasherTransactor{contract: contract}, nil
}

// NewParleySlasherFilterer creates a new log filterer instance of ParleySlasher, bound to a specific deployed contract.
func NewParleySlasherFilterer(address common.Address, filterer bind.ContractFilterer) (*ParleySlasherFilterer, error) {
	contract, err := bindParleySlasher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ParleySlasherFilterer{contract: contract}, nil
}

// bindParleySlasher binds a generic wrapper to an already deployed contract.
func bindParleySlasher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ParleySlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleySlasher *ParleySlasherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleySlasher.Contract.ParleySlasherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleySlasher *ParleySlasherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleySlasher.Contract.ParleySlasherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleySlasher *ParleySlasherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleySlasher.Contract.ParleySlasherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleySlasher *ParleySlasherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleySlasher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleySlasher *ParleySlasherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleySlasher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleySlasher *ParleySlasherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleySlasher.Contract.contract.Transact(opts, method, params...)
}

// ATTESTATIONTYPE is a free data retrieval call binding the contract method 0x8a512f92.
//
// Solidity: function ATTESTATION_TYPE() view returns(string)
func (_ParleySlasher *ParleySlasherCaller) ATTESTATIONTYPE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "ATTESTATION_TYPE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// ATTESTATIONTYPE is a free data retrieval call binding the contract method 0x8a512f92.
//
// Solidity: function ATTESTATION_TYPE() view returns(string)
func (_ParleySlasher *ParleySlasherSession) ATTESTATIONTYPE() (string, error) {
	return _ParleySlasher.Contract.ATTESTATIONTYPE(&_ParleySlasher.CallOpts)
}

// ATTESTATIONTYPE is a free data retrieval call binding the contract method 0x8a512f92.
//
// Solidity: function ATTESTATION_TYPE() view returns(string)
func (_ParleySlasher *ParleySlasherCallerSession) ATTESTATIONTYPE() (string, error) {
	return _ParleySlasher.Contract.ATTESTATIONTYPE(&_ParleySlasher.CallOpts)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_ParleySlasher *ParleySlasherCaller) ATTESTATIONTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "ATTESTATION_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_ParleySlasher *ParleySlasherSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _ParleySlasher.Contract.ATTESTATIONTYPEHASH(&_ParleySlasher.CallOpts)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_ParleySlasher *ParleySlasherCallerSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _ParleySlasher.Contract.ATTESTATIONTYPEHASH(&_ParleySlasher.CallOpts)
}

// DEPTH is a free data retrieval call binding the contract method 0x98366e35.
//
// Solidity: function DEPTH() view returns(uint256)
func (_ParleySlasher *ParleySlasherCaller) DEPTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "DEPTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DEPTH is a free data retrieval call binding the contract method 0x98366e35.
//
// Solidity: function DEPTH() view returns(uint256)
func (_ParleySlasher *ParleySlasherSession) DEPTH() (*big.Int, error) {
	return _ParleySlasher.Contract.DEPTH(&_ParleySlasher.CallOpts)
}

// DEPTH is a free data retrieval call binding the contract method 0x98366e35.
//
// Solidity: function DEPTH() view returns(uint256)
func (_ParleySlasher *ParleySlasherCallerSession) DEPTH() (*big.Int, error) {
	return _ParleySlasher.Contract.DEPTH(&_ParleySlasher.CallOpts)
}

// ENTRYSIZE is a free data retrieval call binding the contract method 0xad899d12.
//
// Solidity: function ENTRY_SIZE() view returns(uint256)
func (_ParleySlasher *ParleySlasherCaller) ENTRYSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "ENTRY_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ENTRYSIZE is a free data retrieval call binding the contract method 0xad899d12.
//
// Solidity: function ENTRY_SIZE() view returns(uint256)
func (_ParleySlasher *ParleySlasherSession) ENTRYSIZE() (*big.Int, error) {
	return _ParleySlasher.Contract.ENTRYSIZE(&_ParleySlasher.CallOpts)
}

// ENTRYSIZE is a free data retrieval call binding the contract method 0xad899d12.
//
// Solidity: function ENTRY_SIZE() view returns(uint256)
func (_ParleySlasher *ParleySlasherCallerSession) ENTRYSIZE() (*big.Int, error) {
	return _ParleySlasher.Contract.ENTRYSIZE(&_ParleySlasher.CallOpts)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleySlasher *ParleySlasherCaller) MAXENTRIES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "MAX_ENTRIES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleySlasher *ParleySlasherSession) MAXENTRIES() (*big.Int, error) {
	return _ParleySlasher.Contract.MAXENTRIES(&_ParleySlasher.CallOpts)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleySlasher *ParleySlasherCallerSession) MAXENTRIES() (*big.Int, error) {
	return _ParleySlasher.Contract.MAXENTRIES(&_ParleySlasher.CallOpts)
}

// MAXHASHATTEMPTS is a free data retrieval call binding the contract method 0xe84e5d4b.
//
// Solidity: function MAX_HASH_ATTEMPTS() view returns(uint256)
func (_ParleySlasher *ParleySlasherCaller) MAXHASHATTEMPTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "MAX_HASH_ATTEMPTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXHASHATTEMPTS is a free data retrieval call binding the contract method 0xe84e5d4b.
//
// Solidity: function MAX_HASH_ATTEMPTS() view returns(uint256)
func (_ParleySlasher *ParleySlasherSession) MAXHASHATTEMPTS() (*big.Int, error) {
	return _ParleySlasher.Contract.MAXHASHATTEMPTS(&_ParleySlasher.CallOpts)
}

// MAXHASHATTEMPTS is a free data retrieval call binding the contract method 0xe84e5d4b.
//
// Solidity: function MAX_HASH_ATTEMPTS() view returns(uint256)
func (_ParleySlasher *ParleySlasherCallerSession) MAXHASHATTEMPTS() (*big.Int, error) {
	return _ParleySlasher.Contract.MAXHASHATTEMPTS(&_ParleySlasher.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_ParleySlasher *ParleySlasherCaller) WAD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "WAD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_ParleySlasher *ParleySlasherSession) WAD() (*big.Int, error) {
	return _ParleySlasher.Contract.WAD(&_ParleySlasher.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_ParleySlasher *ParleySlasherCallerSession) WAD() (*big.Int, error) {
	return _ParleySlasher.Contract.WAD(&_ParleySlasher.CallOpts)
}

// AttestationDigest is a free data retrieval call binding the contract method 0xc57ff367.
//
// Solidity: function attestationDigest((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32) att) pure returns(bytes32)
func (_ParleySlasher *ParleySlasherCaller) AttestationDigest(opts *bind.CallOpts, att ParleySlasherAttestation) ([32]byte, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "attestationDigest", att)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AttestationDigest is a free data retrieval call binding the contract method 0xc57ff367.
//
// Solidity: function attestationDigest((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32) att) pure returns(bytes32)
func (_ParleySlasher *ParleySlasherSession) AttestationDigest(att ParleySlasherAttestation) ([32]byte, error) {
	return _ParleySlasher.Contract.AttestationDigest(&_ParleySlasher.CallOpts, att)
}

// AttestationDigest is a free data retrieval call binding the contract method 0xc57ff367.
//
// Solidity: function attestationDigest((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32) att) pure returns(bytes32)
func (_ParleySlasher *ParleySlasherCallerSession) AttestationDigest(att ParleySlasherAttestation) ([32]byte, error) {
	return _ParleySlasher.Contract.AttestationDigest(&_ParleySlasher.CallOpts, att)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns(uint256 x, uint256 y)
func (_ParleySlasher *ParleySlasherCaller) HashToG1(opts *bind.CallOpts, digest [32]byte) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "hashToG1", digest)

	outstruct := new(struct {
		X *big.Int
		Y *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.X = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Y = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns(uint256 x, uint256 y)
func (_ParleySlasher *ParleySlasherSession) HashToG1(digest [32]byte) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	return _ParleySlasher.Contract.HashToG1(&_ParleySlasher.CallOpts, digest)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns(uint256 x, uint256 y)
func (_ParleySlasher *ParleySlasherCallerSession) HashToG1(digest [32]byte) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	return _ParleySlasher.Contract.HashToG1(&_ParleySlasher.CallOpts, digest)
}

// MembershipRoot is a free data retrieval call binding the contract method 0x9c6fb51e.
//
// Solidity: function membershipRoot(uint32 operatorSetId, (bytes,uint32,uint32,bytes32[12]) m) pure returns(bytes32 root)
func (_ParleySlasher *ParleySlasherCaller) MembershipRoot(opts *bind.CallOpts, operatorSetId uint32, m ParleySlasherMembership) ([32]byte, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "membershipRoot", operatorSetId, m)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MembershipRoot is a free data retrieval call binding the contract method 0x9c6fb51e.
//
// Solidity: function membershipRoot(uint32 operatorSetId, (bytes,uint32,uint32,bytes32[12]) m) pure returns(bytes32 root)
func (_ParleySlasher *ParleySlasherSession) MembershipRoot(operatorSetId uint32, m ParleySlasherMembership) ([32]byte, error) {
	return _ParleySlasher.Contract.MembershipRoot(&_ParleySlasher.CallOpts, operatorSetId, m)
}

// MembershipRoot is a free data retrieval call binding the contract method 0x9c6fb51e.
//
// Solidity: function membershipRoot(uint32 operatorSetId, (bytes,uint32,uint32,bytes32[12]) m) pure returns(bytes32 root)
func (_ParleySlasher *ParleySlasherCallerSession) MembershipRoot(operatorSetId uint32, m ParleySlasherMembership) ([32]byte, error) {
	return _ParleySlasher.Contract.MembershipRoot(&_ParleySlasher.CallOpts, operatorSetId, m)
}

// OffenceKey is a free data retrieval call binding the contract method 0xe0efe9c7.
//
// Solidity: function offenceKey(address operator, uint32 operatorSetId, bytes32 lo, bytes32 hi) pure returns(bytes32)
func (_ParleySlasher *ParleySlasherCaller) OffenceKey(opts *bind.CallOpts, operator common.Address, operatorSetId uint32, lo [32]byte, hi [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "offenceKey", operator, operatorSetId, lo, hi)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OffenceKey is a free data retrieval call binding the contract method 0xe0efe9c7.
//
// Solidity: function offenceKey(address operator, uint32 operatorSetId, bytes32 lo, bytes32 hi) pure returns(bytes32)
func (_ParleySlasher *ParleySlasherSession) OffenceKey(operator common.Address, operatorSetId uint32, lo [32]byte, hi [32]byte) ([32]byte, error) {
	return _ParleySlasher.Contract.OffenceKey(&_ParleySlasher.CallOpts, operator, operatorSetId, lo, hi)
}

// OffenceKey is a free data retrieval call binding the contract method 0xe0efe9c7.
//
// Solidity: function offenceKey(address operator, uint32 operatorSetId, bytes32 lo, bytes32 hi) pure returns(bytes32)
func (_ParleySlasher *ParleySlasherCallerSession) OffenceKey(operator common.Address, operatorSetId uint32, lo [32]byte, hi [32]byte) ([32]byte, error) {
	return _ParleySlasher.Contract.OffenceKey(&_ParleySlasher.CallOpts, operator, operatorSetId, lo, hi)
}

// Publisher is a free data retrieval call binding the contract method 0x8c72c54e.
//
// Solidity: function publisher() view returns(address)
func (_ParleySlasher *ParleySlasherCaller) Publisher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "publisher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Publisher is a free data retrieval call binding the contract method 0x8c72c54e.
//
// Solidity: function publisher() view returns(address)
func (_ParleySlasher *ParleySlasherSession) Publisher() (common.Address, error) {
	return _ParleySlasher.Contract.Publisher(&_ParleySlasher.CallOpts)
}

// Publisher is a free data retrieval call binding the contract method 0x8c72c54e.
//
// Solidity: function publisher() view returns(address)
func (_ParleySlasher *ParleySlasherCallerSession) Publisher() (common.Address, error) {
	return _ParleySlasher.Contract.Publisher(&_ParleySlasher.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_ParleySlasher *ParleySlasherCaller) Registrar(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "registrar")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_ParleySlasher *ParleySlasherSession) Registrar() (common.Address, error) {
	return _ParleySlasher.Contract.Registrar(&_ParleySlasher.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_ParleySlasher *ParleySlasherCallerSession) Registrar() (common.Address, error) {
	return _ParleySlasher.Contract.Registrar(&_ParleySlasher.CallOpts)
}

// SlashWads is a free data retrieval call binding the contract method 0x5be33fea.
//
// Solidity: function slashWads() view returns(uint256)
func (_ParleySlasher *ParleySlasherCaller) SlashWads(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "slashWads")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashWads is a free data retrieval call binding the contract method 0x5be33fea.
//
// Solidity: function slashWads() view returns(uint256)
func (_ParleySlasher *ParleySlasherSession) SlashWads() (*big.Int, error) {
	return _ParleySlasher.Contract.SlashWads(&_ParleySlasher.CallOpts)
}

// SlashWads is a free data retrieval call binding the contract method 0x5be33fea.
//
// Solidity: function slashWads() view returns(uint256)
func (_ParleySlasher *ParleySlasherCallerSession) SlashWads() (*big.Int, error) {
	return _ParleySlasher.Contract.SlashWads(&_ParleySlasher.CallOpts)
}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_ParleySlasher *ParleySlasherCaller) Slashed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "slashed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_ParleySlasher *ParleySlasherSession) Slashed(arg0 [32]byte) (bool, error) {
	return _ParleySlasher.Contract.Slashed(&_ParleySlasher.CallOpts, arg0)
}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_ParleySlasher *ParleySlasherCallerSession) Slashed(arg0 [32]byte) (bool, error) {
	return _ParleySlasher.Contract.Slashed(&_ParleySlasher.CallOpts, arg0)
}

// VerifyCertificates is a free data retrieval call binding the contract method 0xf57c8aae.
//
// Solidity: function verifyCertificates(uint32 operatorSetId, bytes certA, (uint32,uint32,bytes,bytes,bytes32[]) ra, bytes certB, (uint32,uint32,bytes,bytes,bytes32[]) rb) view returns(address[] signersA, address[] signersB, bytes32 digestA, bytes32 digestB)
func (_ParleySlasher *ParleySlasherCaller) VerifyCertificates(opts *bind.CallOpts, operatorSetId uint32, certA []byte, ra ParleySlasherEntryRange, certB []byte, rb ParleySlasherEntryRange) (struct {
	SignersA []common.Address
	SignersB []common.Address
	DigestA  [32]byte
	DigestB  [32]byte
}, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "verifyCertificates", operatorSetId, certA, ra, certB, rb)

	outstruct := new(struct {
		SignersA []common.Address
		SignersB []common.Address
		DigestA  [32]byte
		DigestB  [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.SignersA = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.SignersB = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	outstruct.DigestA = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.DigestB = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// VerifyCertificates is a free data retrieval call binding the contract method 0xf57c8aae.
//
// Solidity: function verifyCertificates(uint32 operatorSetId, bytes certA, (uint32,uint32,bytes,bytes,bytes32[]) ra, bytes certB, (uint32,uint32,bytes,bytes,bytes32[]) rb) view returns(address[] signersA, address[] signersB, bytes32 digestA, bytes32 digestB)
func (_ParleySlasher *ParleySlasherSession) VerifyCertificates(operatorSetId uint32, certA []byte, ra ParleySlasherEntryRange, certB []byte, rb ParleySlasherEntryRange) (struct {
	SignersA []common.Address
	SignersB []common.Address
	DigestA  [32]byte
	DigestB  [32]byte
}, error) {
	return _ParleySlasher.Contract.VerifyCertificates(&_ParleySlasher.CallOpts, operatorSetId, certA, ra, certB, rb)
}

// VerifyCertificates is a free data retrieval call binding the contract method 0xf57c8aae.
//
// Solidity: function verifyCertificates(uint32 operatorSetId, bytes certA, (uint32,uint32,bytes,bytes,bytes32[]) ra, bytes certB, (uint32,uint32,bytes,bytes,bytes32[]) rb) view returns(address[] signersA, address[] signersB, bytes32 digestA, bytes32 digestB)
func (_ParleySlasher *ParleySlasherCallerSession) VerifyCertificates(operatorSetId uint32, certA []byte, ra ParleySlasherEntryRange, certB []byte, rb ParleySlasherEntryRange) (struct {
	SignersA []common.Address
	SignersB []common.Address
	DigestA  [32]byte
	DigestB  [32]byte
}, error) {
	return _ParleySlasher.Contract.VerifyCertificates(&_ParleySlasher.CallOpts, operatorSetId, certA, ra, certB, rb)
}

// VerifyEquivocation is a free data retrieval call binding the contract method 0x4bf19662.
//
// Solidity: function verifyEquivocation(uint32 operatorSetId, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) a, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) b) view returns(bytes32 lo, bytes32 hi, address operator)
func (_ParleySlasher *ParleySlasherCaller) VerifyEquivocation(opts *bind.CallOpts, operatorSetId uint32, a ParleySlasherSignedAttestation, b ParleySlasherSignedAttestation) (struct {
	Lo       [32]byte
	Hi       [32]byte
	Operator common.Address
}, error) {
	var out []interface{}
	err := _ParleySlasher.contract.Call(opts, &out, "verifyEquivocation", operatorSetId, a, b)

	outstruct := new(struct {
		Lo       [32]byte
		Hi       [32]byte
		Operator common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Lo = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Hi = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Operator = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// VerifyEquivocation is a free data retrieval call binding the contract method 0x4bf19662.
//
// Solidity: function verifyEquivocation(uint32 operatorSetId, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) a, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) b) view returns(bytes32 lo, bytes32 hi, address operator)
func (_ParleySlasher *ParleySlasherSession) VerifyEquivocation(operatorSetId uint32, a ParleySlasherSignedAttestation, b ParleySlasherSignedAttestation) (struct {
	Lo       [32]byte
	Hi       [32]byte
	Operator common.Address
}, error) {
	return _ParleySlasher.Contract.VerifyEquivocation(&_ParleySlasher.CallOpts, operatorSetId, a, b)
}

// VerifyEquivocation is a free data retrieval call binding the contract method 0x4bf19662.
//
// Solidity: function verifyEquivocation(uint32 operatorSetId, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) a, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) b) view returns(bytes32 lo, bytes32 hi, address operator)
func (_ParleySlasher *ParleySlasherCallerSession) VerifyEquivocation(operatorSetId uint32, a ParleySlasherSignedAttestation, b ParleySlasherSignedAttestation) (struct {
	Lo       [32]byte
	Hi       [32]byte
	Operator common.Address
}, error) {
	return _ParleySlasher.Contract.VerifyEquivocation(&_ParleySlasher.CallOpts, operatorSetId, a, b)
}

// SlashAsSelf is a paid mutator transaction binding the contract method 0xcc7d231b.
//
// Solidity: function slashAsSelf(address operator, uint32 operatorSetId) returns(uint256)
func (_ParleySlasher *ParleySlasherTransactor) SlashAsSelf(opts *bind.TransactOpts, operator common.Address, operatorSetId uint32) (*types.Transaction, error) {
	return _ParleySlasher.contract.Transact(opts, "slashAsSelf", operator, operatorSetId)
}

// SlashAsSelf is a paid mutator transaction binding the contract method 0xcc7d231b.
//
// Solidity: function slashAsSelf(address operator, uint32 operatorSetId) returns(uint256)
func (_ParleySlasher *ParleySlasherSession) SlashAsSelf(operator common.Address, operatorSetId uint32) (*types.Transaction, error) {
	return _ParleySlasher.Contract.SlashAsSelf(&_ParleySlasher.TransactOpts, operator, operatorSetId)
}

// SlashAsSelf is a paid mutator transaction binding the contract method 0xcc7d231b.
//
// Solidity: function slashAsSelf(address operator, uint32 operatorSetId) returns(uint256)
func (_ParleySlasher *ParleySlasherTransactorSession) SlashAsSelf(operator common.Address, operatorSetId uint32) (*types.Transaction, error) {
	return _ParleySlasher.Contract.SlashAsSelf(&_ParleySlasher.TransactOpts, operator, operatorSetId)
}

// SlashCertificates is a paid mutator transaction binding the contract method 0x77dc2ce5.
//
// Solidity: function slashCertificates(uint32 operatorSetId, bytes certA, (uint32,uint32,bytes,bytes,bytes32[]) ra, bytes certB, (uint32,uint32,bytes,bytes,bytes32[]) rb, uint256 limit) returns(uint256 count)
func (_ParleySlasher *ParleySlasherTransactor) SlashCertificates(opts *bind.TransactOpts, operatorSetId uint32, certA []byte, ra ParleySlasherEntryRange, certB []byte, rb ParleySlasherEntryRange, limit *big.Int) (*types.Transaction, error) {
	return _ParleySlasher.contract.Transact(opts, "slashCertificates", operatorSetId, certA, ra, certB, rb, limit)
}

// SlashCertificates is a paid mutator transaction binding the contract method 0x77dc2ce5.
//
// Solidity: function slashCertificates(uint32 operatorSetId, bytes certA, (uint32,uint32,bytes,bytes,bytes32[]) ra, bytes certB, (uint32,uint32,bytes,bytes,bytes32[]) rb, uint256 limit) returns(uint256 count)
func (_ParleySlasher *ParleySlasherSession) SlashCertificates(operatorSetId uint32, certA []byte, ra ParleySlasherEntryRange, certB []byte, rb ParleySlasherEntryRange, limit *big.Int) (*types.Transaction, error) {
	return _ParleySlasher.Contract.SlashCertificates(&_ParleySlasher.TransactOpts, operatorSetId, certA, ra, certB, rb, limit)
}

// SlashCertificates is a paid mutator transaction binding the contract method 0x77dc2ce5.
//
// Solidity: function slashCertificates(uint32 operatorSetId, bytes certA, (uint32,uint32,bytes,bytes,bytes32[]) ra, bytes certB, (uint32,uint32,bytes,bytes,bytes32[]) rb, uint256 limit) returns(uint256 count)
func (_ParleySlasher *ParleySlasherTransactorSession) SlashCertificates(operatorSetId uint32, certA []byte, ra ParleySlasherEntryRange, certB []byte, rb ParleySlasherEntryRange, limit *big.Int) (*types.Transaction, error) {
	return _ParleySlasher.Contract.SlashCertificates(&_ParleySlasher.TransactOpts, operatorSetId, certA, ra, certB, rb, limit)
}

// SlashEquivocation is a paid mutator transaction binding the contract method 0xffd9f749.
//
// Solidity: function slashEquivocation(uint32 operatorSetId, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) a, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) b) returns(uint256 slashId)
func (_ParleySlasher *ParleySlasherTransactor) SlashEquivocation(opts *bind.TransactOpts, operatorSetId uint32, a ParleySlasherSignedAttestation, b ParleySlasherSignedAttestation) (*types.Transaction, error) {
	return _ParleySlasher.contract.Transact(opts, "slashEquivocation", operatorSetId, a, b)
}

// SlashEquivocation is a paid mutator transaction binding the contract method 0xffd9f749.
//
// Solidity: function slashEquivocation(uint32 operatorSetId, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) a, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) b) returns(uint256 slashId)
func (_ParleySlasher *ParleySlasherSession) SlashEquivocation(operatorSetId uint32, a ParleySlasherSignedAttestation, b ParleySlasherSignedAttestation) (*types.Transaction, error) {
	return _ParleySlasher.Contract.SlashEquivocation(&_ParleySlasher.TransactOpts, operatorSetId, a, b)
}

// SlashEquivocation is a paid mutator transaction binding the contract method 0xffd9f749.
//
// Solidity: function slashEquivocation(uint32 operatorSetId, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) a, ((uint256,address,uint256,uint64,uint64,bytes32,bytes32,uint64,bytes32),uint256[2],(bytes,uint32,uint32,bytes32[12])) b) returns(uint256 slashId)
func (_ParleySlasher *ParleySlasherTransactorSession) SlashEquivocation(operatorSetId uint32, a ParleySlasherSignedAttestation, b ParleySlasherSignedAttestation) (*types.Transaction, error) {
	return _ParleySlasher.Contract.SlashEquivocation(&_ParleySlasher.TransactOpts, operatorSetId, a, b)
}

// ParleySlasherEquivocationSlashedIterator is returned from FilterEquivocationSlashed and is used to iterate over the raw logs and unpacked data for EquivocationSlashed events raised by the ParleySlasher contract.
type ParleySlasherEquivocationSlashedIterator struct {
	Event *ParleySlasherEquivocationSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleySlasherEquivocationSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleySlasherEquivocationSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleySlasherEquivocationSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleySlasherEquivocationSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleySlasherEquivocationSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleySlasherEquivocationSlashed represents a EquivocationSlashed event raised by the ParleySlasher contract.
type ParleySlasherEquivocationSlashed struct {
	Operator      common.Address
	OperatorSetId uint32
	DigestLow     [32]byte
	DigestHigh    [32]byte
	SlashId       *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterEquivocationSlashed is a free log retrieval operation binding the contract event 0x24c78195ab3d4e4c8731a3fa2867faea37967232c5d2fec11025e3f419de9e4d.
//
// Solidity: event EquivocationSlashed(address indexed operator, uint32 indexed operatorSetId, bytes32 digestLow, bytes32 digestHigh, uint256 slashId)
func (_ParleySlasher *ParleySlasherFilterer) FilterEquivocationSlashed(opts *bind.FilterOpts, operator []common.Address, operatorSetId []uint32) (*ParleySlasherEquivocationSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleySlasher.contract.FilterLogs(opts, "EquivocationSlashed", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleySlasherEquivocationSlashedIterator{contract: _ParleySlasher.contract, event: "EquivocationSlashed", logs: logs, sub: sub}, nil
}

// WatchEquivocationSlashed is a free log subscription operation binding the contract event 0x24c78195ab3d4e4c8731a3fa2867faea37967232c5d2fec11025e3f419de9e4d.
//
// Solidity: event EquivocationSlashed(address indexed operator, uint32 indexed operatorSetId, bytes32 digestLow, bytes32 digestHigh, uint256 slashId)
func (_ParleySlasher *ParleySlasherFilterer) WatchEquivocationSlashed(opts *bind.WatchOpts, sink chan<- *ParleySlasherEquivocationSlashed, operator []common.Address, operatorSetId []uint32) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleySlasher.contract.WatchLogs(opts, "EquivocationSlashed", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleySlasherEquivocationSlashed)
				if err := _ParleySlasher.contract.UnpackLog(event, "EquivocationSlashed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEquivocationSlashed is a log parse operation binding the contract event 0x24c78195ab3d4e4c8731a3fa2867faea37967232c5d2fec11025e3f419de9e4d.
//
// Solidity: event EquivocationSlashed(address indexed operator, uint32 indexed operatorSetId, bytes32 digestLow, bytes32 digestHigh, uint256 slashId)
func (_ParleySlasher *ParleySlasherFilterer) ParseEquivocationSlashed(log types.Log) (*ParleySlasherEquivocationSlashed, error) {
	event := new(ParleySlasherEquivocationSlashed)
	if err := _ParleySlasher.contract.UnpackLog(event, "EquivocationSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleySlasherOffenderNotSlashableIterator is returned from FilterOffenderNotSlashable and is used to iterate over the raw logs and unpacked data for OffenderNotSlashable events raised by the ParleySlasher contract.
type ParleySlasherOffenderNotSlashableIterator struct {
	Event *ParleySlasherOffenderNotSlashable // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleySlasherOffenderNotSlashableIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleySlasherOffenderNotSlashable)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleySlasherOffenderNotSlashable)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleySlasherOffenderNotSlashableIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleySlasherOffenderNotSlashableIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleySlasherOffenderNotSlashable represents a OffenderNotSlashable event raised by the ParleySlasher contract.
type ParleySlasherOffenderNotSlashable struct {
	Operator      common.Address
	OperatorSetId uint32
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOffenderNotSlashable is a free log retrieval operation binding the contract event 0x009ff9630c73fe39df414cbcacd9aab01c28e40b180a8f9c68e7d17a9c983f2d.
//
// Solidity: event OffenderNotSlashable(address indexed operator, uint32 indexed operatorSetId)
func (_ParleySlasher *ParleySlasherFilterer) FilterOffenderNotSlashable(opts *bind.FilterOpts, operator []common.Address, operatorSetId []uint32) (*ParleySlasherOffenderNotSlashableIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleySlasher.contract.FilterLogs(opts, "OffenderNotSlashable", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleySlasherOffenderNotSlashableIterator{contract: _ParleySlasher.contract, event: "OffenderNotSlashable", logs: logs, sub: sub}, nil
}

// WatchOffenderNotSlashable is a free log subscription operation binding the contract event 0x009ff9630c73fe39df414cbcacd9aab01c28e40b180a8f9c68e7d17a9c983f2d.
//
// Solidity: event OffenderNotSlashable(address indexed operator, uint32 indexed operatorSetId)
func (_ParleySlasher *ParleySlasherFilterer) WatchOffenderNotSlashable(opts *bind.WatchOpts, sink chan<- *ParleySlasherOffenderNotSlashable, operator []common.Address, operatorSetId []uint32) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _ParleySlasher.contract.WatchLogs(opts, "OffenderNotSlashable", operatorRule, operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleySlasherOffenderNotSlashable)
				if err := _ParleySlasher.contract.UnpackLog(event, "OffenderNotSlashable", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOffenderNotSlashable is a log parse operation binding the contract event 0x009ff9630c73fe39df414cbcacd9aab01c28e40b180a8f9c68e7d17a9c983f2d.
//
// Solidity: event OffenderNotSlashable(address indexed operator, uint32 indexed operatorSetId)
func (_ParleySlasher *ParleySlasherFilterer) ParseOffenderNotSlashable(log types.Log) (*ParleySlasherOffenderNotSlashable, error) {
	event := new(ParleySlasherOffenderNotSlashable)
	if err := _ParleySlasher.contract.UnpackLog(event, "OffenderNotSlashable", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyTablePublisherMetaData contains all meta data concerning the ParleyTablePublisher contract.
var ParleyTablePublisherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractParleyRegistrar\",\"name\":\"registrar_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BUILD_BLOCKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ENTRIES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAGE_BLOCKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SNAPSHOT_AGE\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"contractIAllocationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"begin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keyRegistrar\",\"outputs\":[{\"internalType\":\"contractIKeyRegistrar\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestSnapshot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"name\":\"page\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"progress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"setIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"doneInSet\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"lastOperator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"entriesDone\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"contractParleyRegistrar\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"seal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sealable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"snapshotRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"snapshotSets\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"ids\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"counts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"epochs\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"totalWeights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"entries\",\"type\":\"bytes\"}],\"name\":\"SnapshotPage\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"sets\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pages\",\"type\":\"bytes\"}],\"name\":\"SnapshotSealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"sets\",\"type\":\"bytes\"}],\"name\":\"SnapshotStarted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AlreadyBegunInBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadySealedInBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"EpochChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"InvalidAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOperatorSetList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedWeights\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"MissingKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperatorSets\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSnapshotInProgress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotInProgress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"entries\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"SnapshotIncomplete\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"startBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotStale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"entries\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"TooManyEntries\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyPageBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManySets\",\"type\":\"error\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161283638038061283683398101604081905261002e9161013c565b6001600160a01b03811660808190526040805163ca8aa7c760e01b8152905163ca8aa7c7916004808201926020929091908290030181865afa158015610076573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009a919061013c565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316633ec45c7e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100ef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610113919061013c565b6001600160a01b031660c0525061015e565b6001600160a01b0381168114610139575f5ffd5b50565b5f6020828403121561014c575f5ffd5b815161015781610125565b9392505050565b60805160a05160c0516126616101d55f395f8181610195015261152c01525f818161034a01528181610a2f015261150401525f818161015601528181610811015281816109da01528181610b1401528181610f9f015281816115540152818161182001528181611ae50152611de101526126615ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c8063869cc2b11161009e578063ca8aa7c71161006e578063ca8aa7c714610345578063cb22af4c1461036c578063ce2856a7146103a2578063f222fa16146103ba578063f6848e731461033d575f5ffd5b8063869cc2b11461030a57806398366e3514610322578063987680bd1461032a578063b1b51a091461033d575f5ffd5b80633fb27b85116100e45780633fb27b85146101b7578063439b9958146101bf578063577bd336146101d25780637d4cb964146102e35780637df548b4146102ec575f5ffd5b80630e3d24a0146101155780631bce6ff3146101475780632b20e397146101515780633ec45c7e14610190575b5f5ffd5b61013461012336600461221f565b60376020525f908152604090205481565b6040519081526020015b60405180910390f35b61014f6103c3565b005b6101787f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013e565b6101787f000000000000000000000000000000000000000000000000000000000000000081565b6101346103cd565b6101346101cd366004612241565b6103db565b61029060408051610120810182525f546001600160401b03808216808452600160401b83049091166020840152600160801b820463ffffffff908116948401859052600160a01b8304811660608501819052600160c01b840460ff9081166080870152600160c81b8504811660a08701819052600160d01b8604821660c0880152600160d81b8604909116151560e08701819052600160e01b909504909216610100909501859052600154939692959194936001600160a01b031692565b6040805197151588526001600160401b03909616602088015263ffffffff9485169587019590955291831660608601526001600160a01b03166080850152811660a08401521660c082015260e00161013e565b61013461100081565b6102f5611fff81565b60405163ffffffff909116815260200161013e565b610312610405565b604051901515815260200161013e565b610134600c81565b61014f610338366004612241565b6104b5565b610134602081565b6101787f000000000000000000000000000000000000000000000000000000000000000081565b6103836038546039546001600160401b0390911691565b604080516001600160401b03909316835260208301919091520161013e565b6103aa6104c3565b60405161013e94939291906122f0565b61013461010081565b6103cb610701565b565b5f6103d6610d3a565b905090565b5f6103e4610701565b81156103f4576103f48383611233565b6103fc610d3a565b90505b92915050565b60408051610120810182525f80546001600160401b038082168452600160401b820416602084015263ffffffff600160801b8204811694840194909452600160a01b81048416606084015260ff600160c01b820481166080850152600160c81b8204811660a0850152600160d01b8204811660c0850152600160d81b82041615801560e08501819052600160e01b90920490941661010084015290926104af57506104af81611715565b91505090565b6104bf8282611233565b5050565b5f54606090819081908190600160c01b900460ff16806001600160401b038111156104f0576104f06123a0565b604051908082528060200260200182016040528015610519578160200160208202803683370190505b509450806001600160401b03811115610534576105346123a0565b60405190808252806020026020018201604052801561055d578160200160208202803683370190505b509350806001600160401b03811115610578576105786123a0565b6040519080825280602002602001820160405280156105a1578160200160208202803683370190505b509250806001600160401b038111156105bc576105bc6123a0565b6040519080825280602002602001820160405280156105e5578160200160208202803683370190505b5091505f5b818110156106f9575f60028260208110610606576106066123b4565b60408051608081018252919092015463ffffffff808216808452600160201b830490911660208401819052600160401b83046001600160401b0316948401859052600160801b9092046001600160801b0316606084018190528b51939550909391928b908790811061067a5761067a6123b4565b602002602001018a8781518110610693576106936123b4565b602002602001018a88815181106106ac576106ac6123b4565b602002602001018a89815181106106c5576106c56123b4565b60209081029190910101939093526001600160401b0390931690915263ffffffff92831690915291169052506001016105ea565b505090919293565b60408051610120810182525f546001600160401b038082168352600160401b820416602083015263ffffffff600160801b8204811693830193909352600160a01b81048316606083015260ff600160c01b820481166080840152600160c81b8204811660a0840152600160d01b8204811660c0840152600160d81b82041615801560e08401819052600160e01b90920490931661010083015290916107aa57506107aa81611715565b156107db57805160405163c0a327dd60e01b81526001600160401b0390911660048201526024015b60405180910390fd5b60015443600160a01b9091046001600160401b03160361080e5760405163f5e0b27d60e01b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631563bd4f6040518163ffffffff1660e01b81526004015f60405180830381865afa15801561086a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261089191908101906123e0565b80519091505f8190036108b75760405163291dd12f60e01b815260040160405180910390fd5b60208111156108dc5760405163b53aa5f960e01b8152600481018290526024016107d2565b5f6108e88260086124bc565b6001600160401b038111156108ff576108ff6123a0565b6040519080825280601f01601f191660200182016040528015610929576020820181803683370190505b5090505f805b83811015610c33575f85828151811061094a5761094a6123b4565b6020026020010151905060c063ffffffff168163ffffffff161015806109a957505f821180156109a95750856109816001846124d3565b81518110610991576109916123b4565b602002602001015163ffffffff168163ffffffff1611155b156109c757604051635750c96b60e11b815260040160405180910390fd5b6040805180820182526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116825263ffffffff84811660208401908152935163b2447af760e01b8152925182166004840152925190921660248201525f917f0000000000000000000000000000000000000000000000000000000000000000169063b2447af790604401602060405180830381865afa158015610a74573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a9891906124e6565b9050610aa481856124fd565b9350611000841115610ad45760405163db8c24c960e01b81526004810185905261100060248201526044016107d2565b6040805160808101825263ffffffff808516808352908416602083015282516399211fdf60e01b8152600481019190915290918201906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906399211fdf90602401602060405180830381865afa158015610b59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7d9190612510565b6001600160401b031681525f60209182015260029085908110610ba257610ba26123b4565b82519101805460208085015160408601516060909601516001600160801b03908116600160801b026001600160401b03978816600160401b029190911663ffffffff928316600160201b0267ffffffffffffffff19909516929096169190911792909217949094169290921791909117905560e09290921b60c09190911b176008830285019091015260010161092f565b5060408051610120810182525f6020820181905281830181905260a0820181905260c082018190526101008201819052600160e08301819052436001600160401b031680845260ff88166080850181905263ffffffff8716606086018190528454600160d81b6001600160c01b03199091168417600160a01b9283021763ffffffff60c01b1916600160c01b90930262ffffff60c81b191692909217919091176001600160e01b0316909355815467ffffffffffffffff60a01b191692810292909217905591519091907faeae73e81dd750fef470c10c86d4bb1243c477bfd1f9934299d8f330ad0dd00b90610d2a908690612559565b60405180910390a2505050505050565b60408051610120810182525f80546001600160401b038082168452600160401b820416602084015263ffffffff600160801b8204811694840194909452600160a01b81048416606084015260ff600160c01b820481166080850152600160c81b8204811660a0850152600160d01b8204811660c0850152600160d81b820416151560e08401819052600160e01b90910490931661010083015291610df1576040516309dec40b60e01b815260040160405180910390fd5b8051610e0990610100906001600160401b03166124fd565b431115610e37578051604051636821c27560e01b81526001600160401b0390911660048201526024016107d2565b603854436001600160401b0390911603610e64576040516323afbe7f60e21b815260040160405180910390fd5b806060015163ffffffff16816040015163ffffffff1614610eb25760408082015160608301519151632225903760e21b815263ffffffff9182166004820152911660248201526044016107d2565b5f816080015160ff166028610ec791906124bc565b6001600160401b03811115610ede57610ede6123a0565b6040519080825280601f01601f191660200182016040528015610f08576020820181803683370190505b5090505f5b826080015160ff16811015611097575f60028260208110610f3057610f306123b4565b60408051608081018252919092015463ffffffff808216808452600160201b83049091166020840152600160401b82046001600160401b0316838501819052600160801b9092046001600160801b0316606084015292516399211fdf60e01b81526004810193909352909250907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906399211fdf90602401602060405180830381865afa158015610fec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110109190612510565b6001600160401b03161461104257805160405163a692a48b60e01b815263ffffffff90911660048201526024016107d2565b805160208083015160609093015160c09390931b63ffffffff60c01b1660e09290921b6001600160e01b0319169190911760288481028601928301919091526001600160801b03909216910152600101610f0d565b5060c082015160ff1680158015906110bb57504383602001516001600160401b0316145b156110ce57806110ca8161256b565b9150505b5f6110da8260286124bc565b6001600160401b038111156110f1576110f16123a0565b6040519080825280601f01601f19166020018201604052801561111b576020820181803683370190505b5090505f5b8281101561118a575f6022826020811061113c5761113c6123b4565b60048104919091015460039091166008026101000a900460c081901b6001600160c01b031916602060288581028701918201929092526001600160401b039092164091015250600101611120565b5061119e846040015163ffffffff166118ba565b6001600160401b03438181165f818152603760205260408082208690556038805467ffffffffffffffff19169093179092556039859055805460ff60d81b191690558751888201519151949950919391909216917faad175b88def7742c4e66823d3c43bf79359d7ad4fa16d47b1bf987a57d0c9b991611223918a9189908890612580565b60405180910390a2505050505090565b60408051610120810182525f546001600160401b038082168352600160401b820416602083015263ffffffff600160801b8204811693830193909352600160a01b81048316606083015260ff600160c01b820481166080840152600160c81b8204811660a0840152600160d01b8204811660c0840152600160d81b820416151560e08301819052600160e01b909104909216610100820152906112e9576040516309dec40b60e01b815260040160405180910390fd5b805161130190610100906001600160401b03166124fd565b43111561132f578051604051636821c27560e01b81526001600160401b0390911660048201526024016107d2565b815f819003611351576040516376834c1d60e01b815260040160405180910390fd5b8160400151826060015161136591906125c1565b63ffffffff168111156113af57808260400151836060015161138791906125c1565b60405163db8c24c960e01b8152600481019290925263ffffffff1660248201526044016107d2565b5f5b818110156113f057600581901b85013560a081901c156113e75760405163738e4d9960e11b8152600481018290526024016107d2565b506001016113b1565b5060c082015160ff16158061141257504382602001516001600160401b031614155b156114b15760208260c0015160ff160361143f5760405163017be21960e21b815260040160405180910390fd5b4360228360c0015160ff166020811061145a5761145a6123b4565b600491828204019190066008026101000a8154816001600160401b0302191690836001600160401b031602179055508160c001805180919061149b906125dd565b60ff169052506001600160401b03431660208301525b6114b961213d565b6040805161018081019182905290602a90600c9082845b8154815260200190600101908083116114d05750505091835250506001546001600160a01b039081166040808401919091527f0000000000000000000000000000000000000000000000000000000000000000821660c08401527f0000000000000000000000000000000000000000000000000000000000000000821660e08401527f0000000000000000000000000000000000000000000000000000000000000000909116610100830152805160808101909152602082018190525f5b838110156115b4576115a38787838887611997565b6115ad90826124fd565b905061158e565b5081516115c590602a90600c612197565b50610120820151156115db576101208201516036555b50604090810151600180546001600160a01b0319166001600160a01b0390921691909117905582515f80546020860151938601516060870151608088015160a089015160c08a015160e08b0151610100909b01516001600160401b039889166fffffffffffffffffffffffffffffffff1990971696909617600160401b98909916979097029790971767ffffffffffffffff60801b1916600160801b63ffffffff9485160263ffffffff60a01b191617600160a01b928416929092029190911761ffff60c01b1916600160c01b60ff9283160260ff60c81b191617600160c81b968216969096029590951761ffff60d01b1916600160d01b959094169490940260ff60d81b191692909217600160d81b95151595909502949094176001600160e01b0316600160e01b929091169190910217909155505050565b80515f9061172f90610100906001600160401b03166124fd565b43111561173d57505f919050565b816060015163ffffffff16826040015163ffffffff16108015611767575060208260c0015160ff16145b801561178057504382602001516001600160401b031614155b1561178c57505f919050565b5f5b826080015160ff168110156118b1575f600282602081106117b1576117b16123b4565b60408051608081018252919092015463ffffffff808216808452600160201b83049091166020840152600160401b82046001600160401b0316838501819052600160801b9092046001600160801b0316606084015292516399211fdf60e01b81526004810193909352909250907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906399211fdf90602401602060405180830381865afa15801561186d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118919190612510565b6001600160401b0316146118a857505f9392505050565b5060010161178e565b50600192915050565b5f5f61100083036118ce5750603654611978565b604080516101808101918290525f91602a90600c9082845b8154815260200190600101908083116118e65750505050509050604051600181535f5f865f5b600c81101561196f57600182166001811461193257846001870152836021870152611945565b8160051b87015160018701528460218701525b506041852093508260018601528260218601526041852092508160011c915060018101905061190c565b50919450505050505b6040516002815360c09390931b60018401526009830152506029902090565b5f5f60028460a0015160ff16602081106119b3576119b36123b4565b60408051608081018252929091015463ffffffff8082168452600160201b82041660208401526001600160401b03600160401b820416918301919091526001600160801b03600160801b90910416606082015290505b806020015163ffffffff1684610100015163ffffffff1603611ab85760a08401805190611a35826125dd565b60ff9081169091525f61010087015260a0860151600292501660208110611a5e57611a5e6123b4565b60408051608081018252929091015463ffffffff8082168452600160201b82041660208401526001600160401b03600160401b820416918301919091526001600160801b03600160801b9091041660608201529050611a09565b604081810151825191516399211fdf60e01b815263ffffffff90921660048301526001600160401b0316907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906399211fdf90602401602060405180830381865afa158015611b32573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b569190612510565b6001600160401b031614611b8857805160405163a692a48b60e01b815263ffffffff90911660048201526024016107d2565b8361010001518160200151611b9d91906125c1565b63ffffffff169150611baf85876124d3565b821115611bc357611bc085876124d3565b91505b80515f90611c109089888a611bd888836124fd565b92611be5939291906125fb565b8851611fff90611c0190610100906001600160401b03166124fd565b611c0b91906124fd565b611ddd565b90505f611c1e60e0856124bc565b8351604080516060848201810183528382526020820183905291810184905263ffffffff808416928a01929092526101008a015193945092165f03611c64575f60408801525b604088015163ffffffff166080880152611c7f8260606124fd565b60a0880152600589901b8b015f611c988289888c611ed5565b8a519091507ff41b036cef86672c443ae077a777158b0315ba907075fd2bd6c24e64e0f43c56906001600160401b031680826060890188a26060890180518b918591829190611ce8908390612626565b6001600160801b031690525060a08e01518b9060029060ff1660208110611d1157611d116123b4565b825191018054602084015160408501516060909501516001600160801b03908116600160801b026001600160401b03968716600160401b029190911663ffffffff928316600160201b0267ffffffffffffffff1990941692909516919091179190911793909316919091179190911790556101008e018051839190611d97908390612645565b63ffffffff1690525060408e018051839190611db4908390612645565b91509063ffffffff16908163ffffffff1681525050505050505050505050505095945050505050565b5f5f7f000000000000000000000000000000000000000000000000000000000000000090505f6345adcabb60e01b90505f85604051838152896004820152606060248201528660448201528160648201528160051b8960848301375f5f8360051b60840183885afa611e51573d5f823e3d81fd5b8160051b6040013d1492508215611eaa573d5f823e3d81016040526040810195505f5f5b83811015611e9257600581901b8801519190911790600101611e75565b508060601c1583602084015114602084511416169350505b505080611eca5760405163efd5e83160e01b815260040160405180910390fd5b505050949350505050565b5f5f60208301516040840151608085015160a086015160e08902810198505b88811015612072578935838111611f1257600160a01b179450612072565b80935063670d3ba260e01b855280600486015261010088015160248601526060880151604486015260208560648760c08c01515afa600186511460203d14168116611f655750600160a11b179450612072565b639a43e3fb60e01b86526101008901516004870152606089015160248701528160448701525f5f60648860e08d01515afa905060c03d148116611fb05750600360a01b179450612072565b60c05f602085013e6040830151602084015117611fd55750600360a01b179450612072565b508851606082811b82178452601f1984018051918b0151815260e56004198601209082905298909101976001948501948753849150895192505b60018216156120205780835261205c565b825160018801528060218801526041872090508160011c91506020830192506101808a5101830361205757806101208b015261205c565b61200f565b5050506020998a0199979097019660e001611ef4565b6040870192909252608086015260a0850152508015612134578060a081901c6001036120bc57604051637d570b1560e11b81526001600160a01b03821660048201526024016107d2565b60a082901c6002036120fe576060840151604051634cf20bb960e01b815263ffffffff90911660048201526001600160a01b03821660248201526044016107d2565b606084015160405163702cbbf560e11b815263ffffffff90911660048201526001600160a01b03821660248201526044016107d2565b50949350505050565b6040518061014001604052806121516121d5565b81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101209091015290565b82600c81019282156121c5579160200282015b828111156121c55782518255916020019190600101906121aa565b506121d19291506121f4565b5090565b604051806101800160405280600c906020820280368337509192915050565b5b808211156121d1575f81556001016121f5565b6001600160401b038116811461221c575f5ffd5b50565b5f6020828403121561222f575f5ffd5b813561223a81612208565b9392505050565b5f5f60208385031215612252575f5ffd5b82356001600160401b03811115612267575f5ffd5b8301601f81018513612277575f5ffd5b80356001600160401b0381111561228c575f5ffd5b8560208260051b84010111156122a0575f5ffd5b6020919091019590945092505050565b5f8151808452602084019350602083015f5b828110156122e657815163ffffffff168652602095860195909101906001016122c2565b5093949350505050565b608081525f61230260808301876122b0565b828103602084015261231481876122b0565b8381036040850152855180825260208088019350909101905f5b818110156123555783516001600160401b031683526020938401939092019160010161232e565b50508381036060850152845180825260209182019250908501905f90815b81811015612391578351855260209485019490930192600101612373565b50929998505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b805163ffffffff811681146123db575f5ffd5b919050565b5f602082840312156123f0575f5ffd5b81516001600160401b03811115612405575f5ffd5b8201601f81018413612415575f5ffd5b80516001600160401b0381111561242e5761242e6123a0565b8060051b604051601f19603f83011681018181106001600160401b038211171561245a5761245a6123a0565b604052918252602081840181019290810187841115612477575f5ffd5b6020850194505b8385101561249d5761248f856123c8565b81526020948501940161247e565b509695505050505050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176103ff576103ff6124a8565b818103818111156103ff576103ff6124a8565b5f602082840312156124f6575f5ffd5b5051919050565b808201808211156103ff576103ff6124a8565b5f60208284031215612520575f5ffd5b815161223a81612208565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6103fc602083018461252b565b5f81612579576125796124a8565b505f190190565b84815263ffffffff84166020820152608060408201525f6125a4608083018561252b565b82810360608401526125b6818561252b565b979650505050505050565b63ffffffff82811682821603908111156103ff576103ff6124a8565b5f60ff821660ff81036125f2576125f26124a8565b60010192915050565b5f5f85851115612609575f5ffd5b83861115612615575f5ffd5b5050600583901b0193919092039150565b6001600160801b0381811683821601908111156103ff576103ff6124a8565b63ffffffff81811683821601908111156103ff576103ff6124a856",
}

// ParleyTablePublisherABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleyTablePublisherMetaData.ABI instead.
var ParleyTablePublisherABI = ParleyTablePublisherMetaData.ABI

// ParleyTablePublisherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleyTablePublisherMetaData.Bin instead.
var ParleyTablePublisherBin = ParleyTablePublisherMetaData.Bin

// DeployParleyTablePublisher deploys a new Ethereum contract, binding an instance of ParleyTablePublisher to it.
func DeployParleyTablePublisher(auth *bind.TransactOpts, backend bind.ContractBackend, registrar_ common.Address) (common.Address, *types.Transaction, *ParleyTablePublisher, error) {
	parsed, err := ParleyTablePublisherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleyTablePublisherBin), backend, registrar_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ParleyTablePublisher{ParleyTablePublisherCaller: ParleyTablePublisherCaller{contract: contract}, ParleyTablePublisherTransactor: ParleyTablePublisherTransactor{contract: contract}, ParleyTablePublisherFilterer: ParleyTablePublisherFilterer{contract: contract}}, nil
}

// ParleyTablePublisher is an auto generated Go binding around an Ethereum contract.
type ParleyTablePublisher struct {
	ParleyTablePublisherCaller     // Read-only binding to the contract
	ParleyTablePublisherTransactor // Write-only binding to the contract
	ParleyTablePublisherFilterer   // Log filterer for contract events
}

// ParleyTablePublisherCaller is an auto generated read-only Go binding around an Ethereum contract.
type ParleyTablePublisherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyTablePublisherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ParleyTablePublisherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyTablePublisherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ParleyTablePublisherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyTablePublisherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ParleyTablePublisherSession struct {
	Contract     *ParleyTablePublisher // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// ParleyTablePublisherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ParleyTablePublisherCallerSession struct {
	Contract *ParleyTablePublisherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// ParleyTablePublisherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ParleyTablePublisherTransactorSession struct {
	Contract     *ParleyTablePublisherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// ParleyTablePublisherRaw is an auto generated low-level Go binding around an Ethereum contract.
type ParleyTablePublisherRaw struct {
	Contract *ParleyTablePublisher // Generic contract binding to access the raw methods on
}

// ParleyTablePublisherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ParleyTablePublisherCallerRaw struct {
	Contract *ParleyTablePublisherCaller // Generic read-only contract binding to access the raw methods on
}

// ParleyTablePublisherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ParleyTablePublisherTransactorRaw struct {
	Contract *ParleyTablePublisherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewParleyTablePublisher creates a new instance of ParleyTablePublisher, bound to a specific deployed contract.
func NewParleyTablePublisher(address common.Address, backend bind.ContractBackend) (*ParleyTablePublisher, error) {
	contract, err := bindParleyTablePublisher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisher{ParleyTablePublisherCaller: ParleyTablePublisherCaller{contract: contract}, ParleyTablePublisherTransactor: ParleyTablePublisherTransactor{contract: contract}, ParleyTablePublisherFilterer: ParleyTablePublisherFilterer{contract: contract}}, nil
}

// NewParleyTablePublisherCaller creates a new read-only instance of ParleyTablePublisher, bound to a specific deployed contract.
func NewParleyTablePublisherCaller(address common.Address, caller bind.ContractCaller) (*ParleyTablePublisherCaller, error) {
	contract, err := bindParleyTablePublisher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisherCaller{contract: contract}, nil
}

// NewParleyTablePublisherTransactor creates a new write-only instance of ParleyTablePublisher, bound to a specific deployed contract.
func NewParleyTablePublisherTransactor(address common.Address, transactor bind.ContractTransactor) (*ParleyTablePublisherTransactor, error) {
	contract, err := bindParleyTablePublisher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisherTransactor{contract: contract}, nil
}

// NewParleyTablePublisherFilterer creates a new log filterer instance of ParleyTablePublisher, bound to a specific deployed contract.
func NewParleyTablePublisherFilterer(address common.Address, filterer bind.ContractFilterer) (*ParleyTablePublisherFilterer, error) {
	contract, err := bindParleyTablePublisher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisherFilterer{contract: contract}, nil
}

// bindParleyTablePublisher binds a generic wrapper to an already deployed contract.
func bindParleyTablePublisher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ParleyTablePublisherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyTablePublisher *ParleyTablePublisherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyTablePublisher.Contract.ParleyTablePublisherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyTablePublisher *ParleyTablePublisherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.ParleyTablePublisherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyTablePublisher *ParleyTablePublisherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.ParleyTablePublisherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyTablePublisher *ParleyTablePublisherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyTablePublisher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyTablePublisher *ParleyTablePublisherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyTablePublisher *ParleyTablePublisherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.contract.Transact(opts, method, params...)
}

// DEPTH is a free data retrieval call binding the contract method 0x98366e35.
//
// Solidity: function DEPTH() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) DEPTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "DEPTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DEPTH is a free data retrieval call binding the contract method 0x98366e35.
//
// Solidity: function DEPTH() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherSession) DEPTH() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.DEPTH(&_ParleyTablePublisher.CallOpts)
}

// DEPTH is a free data retrieval call binding the contract method 0x98366e35.
//
// Solidity: function DEPTH() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) DEPTH() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.DEPTH(&_ParleyTablePublisher.CallOpts)
}

// MAXBUILDBLOCKS is a free data retrieval call binding the contract method 0xf222fa16.
//
// Solidity: function MAX_BUILD_BLOCKS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) MAXBUILDBLOCKS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "MAX_BUILD_BLOCKS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXBUILDBLOCKS is a free data retrieval call binding the contract method 0xf222fa16.
//
// Solidity: function MAX_BUILD_BLOCKS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherSession) MAXBUILDBLOCKS() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXBUILDBLOCKS(&_ParleyTablePublisher.CallOpts)
}

// MAXBUILDBLOCKS is a free data retrieval call binding the contract method 0xf222fa16.
//
// Solidity: function MAX_BUILD_BLOCKS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) MAXBUILDBLOCKS() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXBUILDBLOCKS(&_ParleyTablePublisher.CallOpts)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) MAXENTRIES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "MAX_ENTRIES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherSession) MAXENTRIES() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXENTRIES(&_ParleyTablePublisher.CallOpts)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) MAXENTRIES() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXENTRIES(&_ParleyTablePublisher.CallOpts)
}

// MAXPAGEBLOCKS is a free data retrieval call binding the contract method 0xf6848e73.
//
// Solidity: function MAX_PAGE_BLOCKS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) MAXPAGEBLOCKS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "MAX_PAGE_BLOCKS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPAGEBLOCKS is a free data retrieval call binding the contract method 0xf6848e73.
//
// Solidity: function MAX_PAGE_BLOCKS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherSession) MAXPAGEBLOCKS() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXPAGEBLOCKS(&_ParleyTablePublisher.CallOpts)
}

// MAXPAGEBLOCKS is a free data retrieval call binding the contract method 0xf6848e73.
//
// Solidity: function MAX_PAGE_BLOCKS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) MAXPAGEBLOCKS() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXPAGEBLOCKS(&_ParleyTablePublisher.CallOpts)
}

// MAXSETS is a free data retrieval call binding the contract method 0xb1b51a09.
//
// Solidity: function MAX_SETS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) MAXSETS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "MAX_SETS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSETS is a free data retrieval call binding the contract method 0xb1b51a09.
//
// Solidity: function MAX_SETS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherSession) MAXSETS() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXSETS(&_ParleyTablePublisher.CallOpts)
}

// MAXSETS is a free data retrieval call binding the contract method 0xb1b51a09.
//
// Solidity: function MAX_SETS() view returns(uint256)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) MAXSETS() (*big.Int, error) {
	return _ParleyTablePublisher.Contract.MAXSETS(&_ParleyTablePublisher.CallOpts)
}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint32)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) MAXSNAPSHOTAGE(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "MAX_SNAPSHOT_AGE")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint32)
func (_ParleyTablePublisher *ParleyTablePublisherSession) MAXSNAPSHOTAGE() (uint32, error) {
	return _ParleyTablePublisher.Contract.MAXSNAPSHOTAGE(&_ParleyTablePublisher.CallOpts)
}

// MAXSNAPSHOTAGE is a free data retrieval call binding the contract method 0x7df548b4.
//
// Solidity: function MAX_SNAPSHOT_AGE() view returns(uint32)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) MAXSNAPSHOTAGE() (uint32, error) {
	return _ParleyTablePublisher.Contract.MAXSNAPSHOTAGE(&_ParleyTablePublisher.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherSession) AllocationManager() (common.Address, error) {
	return _ParleyTablePublisher.Contract.AllocationManager(&_ParleyTablePublisher.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) AllocationManager() (common.Address, error) {
	return _ParleyTablePublisher.Contract.AllocationManager(&_ParleyTablePublisher.CallOpts)
}

// KeyRegistrar is a free data retrieval call binding the contract method 0x3ec45c7e.
//
// Solidity: function keyRegistrar() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) KeyRegistrar(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "keyRegistrar")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KeyRegistrar is a free data retrieval call binding the contract method 0x3ec45c7e.
//
// Solidity: function keyRegistrar() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherSession) KeyRegistrar() (common.Address, error) {
	return _ParleyTablePublisher.Contract.KeyRegistrar(&_ParleyTablePublisher.CallOpts)
}

// KeyRegistrar is a free data retrieval call binding the contract method 0x3ec45c7e.
//
// Solidity: function keyRegistrar() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) KeyRegistrar() (common.Address, error) {
	return _ParleyTablePublisher.Contract.KeyRegistrar(&_ParleyTablePublisher.CallOpts)
}

// LatestSnapshot is a free data retrieval call binding the contract method 0xcb22af4c.
//
// Solidity: function latestSnapshot() view returns(uint64 blockNumber, bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) LatestSnapshot(opts *bind.CallOpts) (struct {
	BlockNumber uint64
	Root        [32]byte
}, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "latestSnapshot")

	outstruct := new(struct {
		BlockNumber uint64
		Root        [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.BlockNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// LatestSnapshot is a free data retrieval call binding the contract method 0xcb22af4c.
//
// Solidity: function latestSnapshot() view returns(uint64 blockNumber, bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherSession) LatestSnapshot() (struct {
	BlockNumber uint64
	Root        [32]byte
}, error) {
	return _ParleyTablePublisher.Contract.LatestSnapshot(&_ParleyTablePublisher.CallOpts)
}

// LatestSnapshot is a free data retrieval call binding the contract method 0xcb22af4c.
//
// Solidity: function latestSnapshot() view returns(uint64 blockNumber, bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) LatestSnapshot() (struct {
	BlockNumber uint64
	Root        [32]byte
}, error) {
	return _ParleyTablePublisher.Contract.LatestSnapshot(&_ParleyTablePublisher.CallOpts)
}

// Progress is a free data retrieval call binding the contract method 0x577bd336.
//
// Solidity: function progress() view returns(bool active, uint64 startBlock, uint32 setIndex, uint32 doneInSet, address lastOperator, uint32 entriesDone, uint32 expected)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) Progress(opts *bind.CallOpts) (struct {
	Active       bool
	StartBlock   uint64
	SetIndex     uint32
	DoneInSet    uint32
	LastOperator common.Address
	EntriesDone  uint32
	Expected     uint32
}, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "progress")

	outstruct := new(struct {
		Active       bool
		StartBlock   uint64
		SetIndex     uint32
		DoneInSet    uint32
		LastOperator common.Address
		EntriesDone  uint32
		Expected     uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Active = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.StartBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.SetIndex = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.DoneInSet = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.LastOperator = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.EntriesDone = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.Expected = *abi.ConvertType(out[6], new(uint32)).(*uint32)

	return *outstruct, err

}

// Progress is a free data retrieval call binding the contract method 0x577bd336.
//
// Solidity: function progress() view returns(bool active, uint64 startBlock, uint32 setIndex, uint32 doneInSet, address lastOperator, uint32 entriesDone, uint32 expected)
func (_ParleyTablePublisher *ParleyTablePublisherSession) Progress() (struct {
	Active       bool
	StartBlock   uint64
	SetIndex     uint32
	DoneInSet    uint32
	LastOperator common.Address
	EntriesDone  uint32
	Expected     uint32
}, error) {
	return _ParleyTablePublisher.Contract.Progress(&_ParleyTablePublisher.CallOpts)
}

// Progress is a free data retrieval call binding the contract method 0x577bd336.
//
// Solidity: function progress() view returns(bool active, uint64 startBlock, uint32 setIndex, uint32 doneInSet, address lastOperator, uint32 entriesDone, uint32 expected)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) Progress() (struct {
	Active       bool
	StartBlock   uint64
	SetIndex     uint32
	DoneInSet    uint32
	LastOperator common.Address
	EntriesDone  uint32
	Expected     uint32
}, error) {
	return _ParleyTablePublisher.Contract.Progress(&_ParleyTablePublisher.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) Registrar(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "registrar")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherSession) Registrar() (common.Address, error) {
	return _ParleyTablePublisher.Contract.Registrar(&_ParleyTablePublisher.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) Registrar() (common.Address, error) {
	return _ParleyTablePublisher.Contract.Registrar(&_ParleyTablePublisher.CallOpts)
}

// Sealable is a free data retrieval call binding the contract method 0x869cc2b1.
//
// Solidity: function sealable() view returns(bool)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) Sealable(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "sealable")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Sealable is a free data retrieval call binding the contract method 0x869cc2b1.
//
// Solidity: function sealable() view returns(bool)
func (_ParleyTablePublisher *ParleyTablePublisherSession) Sealable() (bool, error) {
	return _ParleyTablePublisher.Contract.Sealable(&_ParleyTablePublisher.CallOpts)
}

// Sealable is a free data retrieval call binding the contract method 0x869cc2b1.
//
// Solidity: function sealable() view returns(bool)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) Sealable() (bool, error) {
	return _ParleyTablePublisher.Contract.Sealable(&_ParleyTablePublisher.CallOpts)
}

// SnapshotRoot is a free data retrieval call binding the contract method 0x0e3d24a0.
//
// Solidity: function snapshotRoot(uint64 ) view returns(bytes32)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) SnapshotRoot(opts *bind.CallOpts, arg0 uint64) ([32]byte, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "snapshotRoot", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SnapshotRoot is a free data retrieval call binding the contract method 0x0e3d24a0.
//
// Solidity: function snapshotRoot(uint64 ) view returns(bytes32)
func (_ParleyTablePublisher *ParleyTablePublisherSession) SnapshotRoot(arg0 uint64) ([32]byte, error) {
	return _ParleyTablePublisher.Contract.SnapshotRoot(&_ParleyTablePublisher.CallOpts, arg0)
}

// SnapshotRoot is a free data retrieval call binding the contract method 0x0e3d24a0.
//
// Solidity: function snapshotRoot(uint64 ) view returns(bytes32)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) SnapshotRoot(arg0 uint64) ([32]byte, error) {
	return _ParleyTablePublisher.Contract.SnapshotRoot(&_ParleyTablePublisher.CallOpts, arg0)
}

// SnapshotSets is a free data retrieval call binding the contract method 0xce2856a7.
//
// Solidity: function snapshotSets() view returns(uint32[] ids, uint32[] counts, uint64[] epochs, uint256[] totalWeights)
func (_ParleyTablePublisher *ParleyTablePublisherCaller) SnapshotSets(opts *bind.CallOpts) (struct {
	Ids          []uint32
	Counts       []uint32
	Epochs       []uint64
	TotalWeights []*big.Int
}, error) {
	var out []interface{}
	err := _ParleyTablePublisher.contract.Call(opts, &out, "snapshotSets")

	outstruct := new(struct {
		Ids          []uint32
		Counts       []uint32
		Epochs       []uint64
		TotalWeights []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Ids = *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	outstruct.Counts = *abi.ConvertType(out[1], new([]uint32)).(*[]uint32)
	outstruct.Epochs = *abi.ConvertType(out[2], new([]uint64)).(*[]uint64)
	outstruct.TotalWeights = *abi.ConvertType(out[3], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// SnapshotSets is a free data retrieval call binding the contract method 0xce2856a7.
//
// Solidity: function snapshotSets() view returns(uint32[] ids, uint32[] counts, uint64[] epochs, uint256[] totalWeights)
func (_ParleyTablePublisher *ParleyTablePublisherSession) SnapshotSets() (struct {
	Ids          []uint32
	Counts       []uint32
	Epochs       []uint64
	TotalWeights []*big.Int
}, error) {
	return _ParleyTablePublisher.Contract.SnapshotSets(&_ParleyTablePublisher.CallOpts)
}

// SnapshotSets is a free data retrieval call binding the contract method 0xce2856a7.
//
// Solidity: function snapshotSets() view returns(uint32[] ids, uint32[] counts, uint64[] epochs, uint256[] totalWeights)
func (_ParleyTablePublisher *ParleyTablePublisherCallerSession) SnapshotSets() (struct {
	Ids          []uint32
	Counts       []uint32
	Epochs       []uint64
	TotalWeights []*big.Int
}, error) {
	return _ParleyTablePublisher.Contract.SnapshotSets(&_ParleyTablePublisher.CallOpts)
}

// Begin is a paid mutator transaction binding the contract method 0x1bce6ff3.
//
// Solidity: function begin() returns()
func (_ParleyTablePublisher *ParleyTablePublisherTransactor) Begin(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyTablePublisher.contract.Transact(opts, "begin")
}

// Begin is a paid mutator transaction binding the contract method 0x1bce6ff3.
//
// Solidity: function begin() returns()
func (_ParleyTablePublisher *ParleyTablePublisherSession) Begin() (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Begin(&_ParleyTablePublisher.TransactOpts)
}

// Begin is a paid mutator transaction binding the contract method 0x1bce6ff3.
//
// Solidity: function begin() returns()
func (_ParleyTablePublisher *ParleyTablePublisherTransactorSession) Begin() (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Begin(&_ParleyTablePublisher.TransactOpts)
}

// Page is a paid mutator transaction binding the contract method 0x987680bd.
//
// Solidity: function page(address[] operators) returns()
func (_ParleyTablePublisher *ParleyTablePublisherTransactor) Page(opts *bind.TransactOpts, operators []common.Address) (*types.Transaction, error) {
	return _ParleyTablePublisher.contract.Transact(opts, "page", operators)
}

// Page is a paid mutator transaction binding the contract method 0x987680bd.
//
// Solidity: function page(address[] operators) returns()
func (_ParleyTablePublisher *ParleyTablePublisherSession) Page(operators []common.Address) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Page(&_ParleyTablePublisher.TransactOpts, operators)
}

// Page is a paid mutator transaction binding the contract method 0x987680bd.
//
// Solidity: function page(address[] operators) returns()
func (_ParleyTablePublisher *ParleyTablePublisherTransactorSession) Page(operators []common.Address) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Page(&_ParleyTablePublisher.TransactOpts, operators)
}

// Publish is a paid mutator transaction binding the contract method 0x439b9958.
//
// Solidity: function publish(address[] operators) returns(bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherTransactor) Publish(opts *bind.TransactOpts, operators []common.Address) (*types.Transaction, error) {
	return _ParleyTablePublisher.contract.Transact(opts, "publish", operators)
}

// Publish is a paid mutator transaction binding the contract method 0x439b9958.
//
// Solidity: function publish(address[] operators) returns(bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherSession) Publish(operators []common.Address) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Publish(&_ParleyTablePublisher.TransactOpts, operators)
}

// Publish is a paid mutator transaction binding the contract method 0x439b9958.
//
// Solidity: function publish(address[] operators) returns(bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherTransactorSession) Publish(operators []common.Address) (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Publish(&_ParleyTablePublisher.TransactOpts, operators)
}

// Seal is a paid mutator transaction binding the contract method 0x3fb27b85.
//
// Solidity: function seal() returns(bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherTransactor) Seal(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyTablePublisher.contract.Transact(opts, "seal")
}

// Seal is a paid mutator transaction binding the contract method 0x3fb27b85.
//
// Solidity: function seal() returns(bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherSession) Seal() (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Seal(&_ParleyTablePublisher.TransactOpts)
}

// Seal is a paid mutator transaction binding the contract method 0x3fb27b85.
//
// Solidity: function seal() returns(bytes32 root)
func (_ParleyTablePublisher *ParleyTablePublisherTransactorSession) Seal() (*types.Transaction, error) {
	return _ParleyTablePublisher.Contract.Seal(&_ParleyTablePublisher.TransactOpts)
}

// ParleyTablePublisherSnapshotPageIterator is returned from FilterSnapshotPage and is used to iterate over the raw logs and unpacked data for SnapshotPage events raised by the ParleyTablePublisher contract.
type ParleyTablePublisherSnapshotPageIterator struct {
	Event *ParleyTablePublisherSnapshotPage // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyTablePublisherSnapshotPageIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyTablePublisherSnapshotPage)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyTablePublisherSnapshotPage)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyTablePublisherSnapshotPageIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyTablePublisherSnapshotPageIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyTablePublisherSnapshotPage represents a SnapshotPage event raised by the ParleyTablePublisher contract.
type ParleyTablePublisherSnapshotPage struct {
	StartBlock    uint64
	OperatorSetId uint32
	Entries       []byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSnapshotPage is a free log retrieval operation binding the contract event 0xf41b036cef86672c443ae077a777158b0315ba907075fd2bd6c24e64e0f43c56.
//
// Solidity: event SnapshotPage(uint64 indexed startBlock, uint32 operatorSetId, bytes entries)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) FilterSnapshotPage(opts *bind.FilterOpts, startBlock []uint64) (*ParleyTablePublisherSnapshotPageIterator, error) {

	var startBlockRule []interface{}
	for _, startBlockItem := range startBlock {
		startBlockRule = append(startBlockRule, startBlockItem)
	}

	logs, sub, err := _ParleyTablePublisher.contract.FilterLogs(opts, "SnapshotPage", startBlockRule)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisherSnapshotPageIterator{contract: _ParleyTablePublisher.contract, event: "SnapshotPage", logs: logs, sub: sub}, nil
}

// WatchSnapshotPage is a free log subscription operation binding the contract event 0xf41b036cef86672c443ae077a777158b0315ba907075fd2bd6c24e64e0f43c56.
//
// Solidity: event SnapshotPage(uint64 indexed startBlock, uint32 operatorSetId, bytes entries)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) WatchSnapshotPage(opts *bind.WatchOpts, sink chan<- *ParleyTablePublisherSnapshotPage, startBlock []uint64) (event.Subscription, error) {

	var startBlockRule []interface{}
	for _, startBlockItem := range startBlock {
		startBlockRule = append(startBlockRule, startBlockItem)
	}

	logs, sub, err := _ParleyTablePublisher.contract.WatchLogs(opts, "SnapshotPage", startBlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyTablePublisherSnapshotPage)
				if err := _ParleyTablePublisher.contract.UnpackLog(event, "SnapshotPage", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSnapshotPage is a log parse operation binding the contract event 0xf41b036cef86672c443ae077a777158b0315ba907075fd2bd6c24e64e0f43c56.
//
// Solidity: event SnapshotPage(uint64 indexed startBlock, uint32 operatorSetId, bytes entries)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) ParseSnapshotPage(log types.Log) (*ParleyTablePublisherSnapshotPage, error) {
	event := new(ParleyTablePublisherSnapshotPage)
	if err := _ParleyTablePublisher.contract.UnpackLog(event, "SnapshotPage", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyTablePublisherSnapshotSealedIterator is returned from FilterSnapshotSealed and is used to iterate over the raw logs and unpacked data for SnapshotSealed events raised by the ParleyTablePublisher contract.
type ParleyTablePublisherSnapshotSealedIterator struct {
	Event *ParleyTablePublisherSnapshotSealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyTablePublisherSnapshotSealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyTablePublisherSnapshotSealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyTablePublisherSnapshotSealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyTablePublisherSnapshotSealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyTablePublisherSnapshotSealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyTablePublisherSnapshotSealed represents a SnapshotSealed event raised by the ParleyTablePublisher contract.
type ParleyTablePublisherSnapshotSealed struct {
	StartBlock uint64
	Root       [32]byte
	EntryCount uint32
	Sets       []byte
	Pages      []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSnapshotSealed is a free log retrieval operation binding the contract event 0xaad175b88def7742c4e66823d3c43bf79359d7ad4fa16d47b1bf987a57d0c9b9.
//
// Solidity: event SnapshotSealed(uint64 indexed startBlock, bytes32 root, uint32 entryCount, bytes sets, bytes pages)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) FilterSnapshotSealed(opts *bind.FilterOpts, startBlock []uint64) (*ParleyTablePublisherSnapshotSealedIterator, error) {

	var startBlockRule []interface{}
	for _, startBlockItem := range startBlock {
		startBlockRule = append(startBlockRule, startBlockItem)
	}

	logs, sub, err := _ParleyTablePublisher.contract.FilterLogs(opts, "SnapshotSealed", startBlockRule)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisherSnapshotSealedIterator{contract: _ParleyTablePublisher.contract, event: "SnapshotSealed", logs: logs, sub: sub}, nil
}

// WatchSnapshotSealed is a free log subscription operation binding the contract event 0xaad175b88def7742c4e66823d3c43bf79359d7ad4fa16d47b1bf987a57d0c9b9.
//
// Solidity: event SnapshotSealed(uint64 indexed startBlock, bytes32 root, uint32 entryCount, bytes sets, bytes pages)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) WatchSnapshotSealed(opts *bind.WatchOpts, sink chan<- *ParleyTablePublisherSnapshotSealed, startBlock []uint64) (event.Subscription, error) {

	var startBlockRule []interface{}
	for _, startBlockItem := range startBlock {
		startBlockRule = append(startBlockRule, startBlockItem)
	}

	logs, sub, err := _ParleyTablePublisher.contract.WatchLogs(opts, "SnapshotSealed", startBlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyTablePublisherSnapshotSealed)
				if err := _ParleyTablePublisher.contract.UnpackLog(event, "SnapshotSealed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSnapshotSealed is a log parse operation binding the contract event 0xaad175b88def7742c4e66823d3c43bf79359d7ad4fa16d47b1bf987a57d0c9b9.
//
// Solidity: event SnapshotSealed(uint64 indexed startBlock, bytes32 root, uint32 entryCount, bytes sets, bytes pages)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) ParseSnapshotSealed(log types.Log) (*ParleyTablePublisherSnapshotSealed, error) {
	event := new(ParleyTablePublisherSnapshotSealed)
	if err := _ParleyTablePublisher.contract.UnpackLog(event, "SnapshotSealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyTablePublisherSnapshotStartedIterator is returned from FilterSnapshotStarted and is used to iterate over the raw logs and unpacked data for SnapshotStarted events raised by the ParleyTablePublisher contract.
type ParleyTablePublisherSnapshotStartedIterator struct {
	Event *ParleyTablePublisherSnapshotStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ParleyTablePublisherSnapshotStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyTablePublisherSnapshotStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ParleyTablePublisherSnapshotStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ParleyTablePublisherSnapshotStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyTablePublisherSnapshotStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyTablePublisherSnapshotStarted represents a SnapshotStarted event raised by the ParleyTablePublisher contract.
type ParleyTablePublisherSnapshotStarted struct {
	StartBlock uint64
	Sets       []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSnapshotStarted is a free log retrieval operation binding the contract event 0xaeae73e81dd750fef470c10c86d4bb1243c477bfd1f9934299d8f330ad0dd00b.
//
// Solidity: event SnapshotStarted(uint64 indexed startBlock, bytes sets)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) FilterSnapshotStarted(opts *bind.FilterOpts, startBlock []uint64) (*ParleyTablePublisherSnapshotStartedIterator, error) {

	var startBlockRule []interface{}
	for _, startBlockItem := range startBlock {
		startBlockRule = append(startBlockRule, startBlockItem)
	}

	logs, sub, err := _ParleyTablePublisher.contract.FilterLogs(opts, "SnapshotStarted", startBlockRule)
	if err != nil {
		return nil, err
	}
	return &ParleyTablePublisherSnapshotStartedIterator{contract: _ParleyTablePublisher.contract, event: "SnapshotStarted", logs: logs, sub: sub}, nil
}

// WatchSnapshotStarted is a free log subscription operation binding the contract event 0xaeae73e81dd750fef470c10c86d4bb1243c477bfd1f9934299d8f330ad0dd00b.
//
// Solidity: event SnapshotStarted(uint64 indexed startBlock, bytes sets)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) WatchSnapshotStarted(opts *bind.WatchOpts, sink chan<- *ParleyTablePublisherSnapshotStarted, startBlock []uint64) (event.Subscription, error) {

	var startBlockRule []interface{}
	for _, startBlockItem := range startBlock {
		startBlockRule = append(startBlockRule, startBlockItem)
	}

	logs, sub, err := _ParleyTablePublisher.contract.WatchLogs(opts, "SnapshotStarted", startBlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyTablePublisherSnapshotStarted)
				if err := _ParleyTablePublisher.contract.UnpackLog(event, "SnapshotStarted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSnapshotStarted is a log parse operation binding the contract event 0xaeae73e81dd750fef470c10c86d4bb1243c477bfd1f9934299d8f330ad0dd00b.
//
// Solidity: event SnapshotStarted(uint64 indexed startBlock, bytes sets)
func (_ParleyTablePublisher *ParleyTablePublisherFilterer) ParseSnapshotStarted(log types.Log) (*ParleyTablePublisherSnapshotStarted, error) {
	event := new(ParleyTablePublisherSnapshotStarted)
	if err := _ParleyTablePublisher.contract.UnpackLog(event, "SnapshotStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProxyAdminMetaData contains all meta data concerning the ProxyAdmin contract.
var ProxyAdminMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"changeProxyAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"}],\"name\":\"getProxyAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"}],\"name\":\"getProxyImplementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"upgrade\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50601633601a565b6069565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b61061c806100765f395ff3fe608060405260043610610079575f3560e01c80639623609d1161004c5780639623609d1461010957806399a88ec41461011c578063f2fde38b1461013b578063f3b7dead1461015a575f5ffd5b8063204e1c7a1461007d578063715018a6146100b85780637eff275e146100ce5780638da5cb5b146100ed575b5f5ffd5b348015610088575f5ffd5b5061009c610097366004610479565b610179565b6040516001600160a01b03909116815260200160405180910390f35b3480156100c3575f5ffd5b506100cc610204565b005b3480156100d9575f5ffd5b506100cc6100e836600461049b565b610217565b3480156100f8575f5ffd5b505f546001600160a01b031661009c565b6100cc6101173660046104e6565b61027a565b348015610127575f5ffd5b506100cc61013636600461049b565b6102e5565b348015610146575f5ffd5b506100cc610155366004610479565b61031b565b348015610165575f5ffd5b5061009c610174366004610479565b610399565b5f5f5f836001600160a01b031660405161019d90635c60da1b60e01b815260040190565b5f60405180830381855afa9150503d805f81146101d5576040519150601f19603f3d011682016040523d82523d5f602084013e6101da565b606091505b5091509150816101e8575f5ffd5b808060200190518101906101fc91906105bd565b949350505050565b61020c6103bd565b6102155f610416565b565b61021f6103bd565b6040516308f2839760e41b81526001600160a01b038281166004830152831690638f283970906024015b5f604051808303815f87803b158015610260575f5ffd5b505af1158015610272573d5f5f3e3d5ffd5b505050505050565b6102826103bd565b60405163278f794360e11b81526001600160a01b03841690634f1ef2869034906102b290869086906004016105d8565b5f604051808303818588803b1580156102c9575f5ffd5b505af11580156102db573d5f5f3e3d5ffd5b5050505050505050565b6102ed6103bd565b604051631b2ce7f360e11b81526001600160a01b038281166004830152831690633659cfe690602401610249565b6103236103bd565b6001600160a01b03811661038d5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b60648201526084015b60405180910390fd5b61039681610416565b50565b5f5f5f836001600160a01b031660405161019d906303e1469160e61b815260040190565b5f546001600160a01b031633146102155760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610384565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610396575f5ffd5b5f60208284031215610489575f5ffd5b813561049481610465565b9392505050565b5f5f604083850312156104ac575f5ffd5b82356104b781610465565b915060208301356104c781610465565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156104f8575f5ffd5b833561050381610465565b9250602084013561051381610465565b9150604084013567ffffffffffffffff81111561052e575f5ffd5b8401601f8101861361053e575f5ffd5b803567ffffffffffffffff811115610558576105586104d2565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610587576105876104d2565b60405281815282820160200188101561059e575f5ffd5b816020840160208301375f602083830101528093505050509250925092565b5f602082840312156105cd575f5ffd5b815161049481610465565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f830116840101915050939250505056",
}

// ProxyAdminABI is the input ABI used to generate the binding from.
// Deprecated: Use ProxyAdminMetaData.ABI instead.
var ProxyAdminABI = ProxyAdminMetaData.ABI

// ProxyAdminBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ProxyAdminMetaData.Bin instead.
var ProxyAdminBin = ProxyAdminMetaData.Bin

// DeployProxyAdmin deploys a new Ethereum contract, binding an instance of ProxyAdmin to it.
func DeployProxyAdmin(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ProxyAdmin, error) {
	parsed, err := ProxyAdminMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ProxyAdminBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ProxyAdmin{ProxyAdminCaller: ProxyAdminCaller{contract: contract}, ProxyAdminTransactor: ProxyAdminTransactor{contract: contract}, ProxyAdminFilterer: ProxyAdminFilterer{contract: contract}}, nil
}

// ProxyAdmin is an auto generated Go binding around an Ethereum contract.
type ProxyAdmin struct {
	ProxyAdminCaller     // Read-only binding to the contract
	ProxyAdminTransactor // Write-only binding to the contract
	ProxyAdminFilterer   // Log filterer for contract events
}

// ProxyAdminCaller is an auto generated read-only Go binding around an Ethereum contract.
type ProxyAdminCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProxyAdminTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ProxyAdminTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProxyAdminFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ProxyAdminFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProxyAdminSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ProxyAdminSession struct {
	Contract     *ProxyAdmin       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ProxyAdminCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ProxyAdminCallerSession struct {
	Contract *ProxyAdminCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// ProxyAdminTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ProxyAdminTransactorSession struct {
	Contract     *ProxyAdminTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// ProxyAdminRaw is an auto generated low-level Go binding around an Ethereum contract.
type ProxyAdminRaw struct {
	Contract *ProxyAdmin // Generic contract binding to access the raw methods on
}

// ProxyAdminCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ProxyAdminCallerRaw struct {
	Contract *ProxyAdminCaller // Generic read-only contract binding to access the raw methods on
}

// ProxyAdminTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ProxyAdminTransactorRaw struct {
	Contract *ProxyAdminTransactor // Generic write-only contract binding to access the raw methods on
}

// NewProxyAdmin creates a new instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdmin(address common.Address, backend bind.ContractBackend) (*ProxyAdmin, error) {
	contract, err := bindProxyAdmin(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ProxyAdmin{ProxyAdminCaller: ProxyAdminCaller{contract: contract}, ProxyAdminTransactor: ProxyAdminTransactor{contract: contract}, ProxyAdminFilterer: ProxyAdminFilterer{contract: contract}}, nil
}

// NewProxyAdminCaller creates a new read-only instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdminCaller(address common.Address, caller bind.ContractCaller) (*ProxyAdminCaller, error) {
	contract, err := bindProxyAdmin(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminCaller{contract: contract}, nil
}

// NewProxyAdminTransactor creates a new write-only instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdminTransactor(address common.Address, transactor bind.ContractTransactor) (*ProxyAdminTransactor, error) {
	contract, err := bindProxyAdmin(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminTransactor{contract: contract}, nil
}

// NewProxyAdminFilterer creates a new log filterer instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdminFilterer(address common.Address, filterer bind.ContractFilterer) (*ProxyAdminFilterer, error) {
	contract, err := bindProxyAdmin(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminFilterer{contract: contract}, nil
}

// bindProxyAdmin binds a generic wrapper to an already deployed contract.
func bindProxyAdmin(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ProxyAdminMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProxyAdmin *ProxyAdminRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProxyAdmin.Contract.ProxyAdminCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProxyAdmin *ProxyAdminRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ProxyAdminTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProxyAdmin *ProxyAdminRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ProxyAdminTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProxyAdmin *ProxyAdminCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProxyAdmin.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProxyAdmin *ProxyAdminTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProxyAdmin *ProxyAdminTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.contract.Transact(opts, method, params...)
}

// GetProxyAdmin is a free data retrieval call binding the contract method 0xf3b7dead.
//
// Solidity: function getProxyAdmin(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCaller) GetProxyAdmin(opts *bind.CallOpts, proxy common.Address) (common.Address, error) {
	var out []interface{}
	err := _ProxyAdmin.contract.Call(opts, &out, "getProxyAdmin", proxy)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetProxyAdmin is a free data retrieval call binding the contract method 0xf3b7dead.
//
// Solidity: function getProxyAdmin(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminSession) GetProxyAdmin(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyAdmin(&_ProxyAdmin.CallOpts, proxy)
}

// GetProxyAdmin is a free data retrieval call binding the contract method 0xf3b7dead.
//
// Solidity: function getProxyAdmin(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCallerSession) GetProxyAdmin(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyAdmin(&_ProxyAdmin.CallOpts, proxy)
}

// GetProxyImplementation is a free data retrieval call binding the contract method 0x204e1c7a.
//
// Solidity: function getProxyImplementation(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCaller) GetProxyImplementation(opts *bind.CallOpts, proxy common.Address) (common.Address, error) {
	var out []interface{}
	err := _ProxyAdmin.contract.Call(opts, &out, "getProxyImplementation", proxy)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetProxyImplementation is a free data retrieval call binding the contract method 0x204e1c7a.
//
// Solidity: function getProxyImplementation(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminSession) GetProxyImplementation(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyImplementation(&_ProxyAdmin.CallOpts, proxy)
}

// GetProxyImplementation is a free data retrieval call binding the contract method 0x204e1c7a.
//
// Solidity: function getProxyImplementation(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCallerSession) GetProxyImplementation(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyImplementation(&_ProxyAdmin.CallOpts, proxy)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProxyAdmin *ProxyAdminCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProxyAdmin.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProxyAdmin *ProxyAdminSession) Owner() (common.Address, error) {
	return _ProxyAdmin.Contract.Owner(&_ProxyAdmin.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProxyAdmin *ProxyAdminCallerSession) Owner() (common.Address, error) {
	return _ProxyAdmin.Contract.Owner(&_ProxyAdmin.CallOpts)
}

// ChangeProxyAdmin is a paid mutator transaction binding the contract method 0x7eff275e.
//
// Solidity: function changeProxyAdmin(address proxy, address newAdmin) returns()
func (_ProxyAdmin *ProxyAdminTransactor) ChangeProxyAdmin(opts *bind.TransactOpts, proxy common.Address, newAdmin common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "changeProxyAdmin", proxy, newAdmin)
}

// ChangeProxyAdmin is a paid mutator transaction binding the contract method 0x7eff275e.
//
// Solidity: function changeProxyAdmin(address proxy, address newAdmin) returns()
func (_ProxyAdmin *ProxyAdminSession) ChangeProxyAdmin(proxy common.Address, newAdmin common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ChangeProxyAdmin(&_ProxyAdmin.TransactOpts, proxy, newAdmin)
}

// ChangeProxyAdmin is a paid mutator transaction binding the contract method 0x7eff275e.
//
// Solidity: function changeProxyAdmin(address proxy, address newAdmin) returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) ChangeProxyAdmin(proxy common.Address, newAdmin common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ChangeProxyAdmin(&_ProxyAdmin.TransactOpts, proxy, newAdmin)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ProxyAdmin *ProxyAdminTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ProxyAdmin *ProxyAdminSession) RenounceOwnership() (*types.Transaction, error) {
	return _ProxyAdmin.Contract.RenounceOwnership(&_ProxyAdmin.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ProxyAdmin.Contract.RenounceOwnership(&_ProxyAdmin.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProxyAdmin *ProxyAdminTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProxyAdmin *ProxyAdminSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.TransferOwnership(&_ProxyAdmin.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.TransferOwnership(&_ProxyAdmin.TransactOpts, newOwner)
}

// Upgrade is a paid mutator transaction binding the contract method 0x99a88ec4.
//
// Solidity: function upgrade(address proxy, address implementation) returns()
func (_ProxyAdmin *ProxyAdminTransactor) Upgrade(opts *bind.TransactOpts, proxy common.Address, implementation common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "upgrade", proxy, implementation)
}

// Upgrade is a paid mutator transaction binding the contract method 0x99a88ec4.
//
// Solidity: function upgrade(address proxy, address implementation) returns()
func (_ProxyAdmin *ProxyAdminSession) Upgrade(proxy common.Address, implementation common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.Upgrade(&_ProxyAdmin.TransactOpts, proxy, implementation)
}

// Upgrade is a paid mutator transaction binding the contract method 0x99a88ec4.
//
// Solidity: function upgrade(address proxy, address implementation) returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) Upgrade(proxy common.Address, implementation common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.Upgrade(&_ProxyAdmin.TransactOpts, proxy, implementation)
}

// UpgradeAndCall is a paid mutator transaction binding the contract method 0x9623609d.
//
// Solidity: function upgradeAndCall(address proxy, address implementation, bytes data) payable returns()
func (_ProxyAdmin *ProxyAdminTransactor) UpgradeAndCall(opts *bind.TransactOpts, proxy common.Address, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "upgradeAndCall", proxy, implementation, data)
}

// UpgradeAndCall is a paid mutator transaction binding the contract method 0x9623609d.
//
// Solidity: function upgradeAndCall(address proxy, address implementation, bytes data) payable returns()
func (_ProxyAdmin *ProxyAdminSession) UpgradeAndCall(proxy common.Address, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.UpgradeAndCall(&_ProxyAdmin.TransactOpts, proxy, implementation, data)
}

// UpgradeAndCall is a paid mutator transaction binding the contract method 0x9623609d.
//
// Solidity: function upgradeAndCall(address proxy, address implementation, bytes data) payable returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) UpgradeAndCall(proxy common.Address, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.UpgradeAndCall(&_ProxyAdmin.TransactOpts, proxy, implementation, data)
}

// ProxyAdminOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ProxyAdmin contract.
type ProxyAdminOwnershipTransferredIterator struct {
	Event *ProxyAdminOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProxyAdminOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProxyAdminOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProxyAdminOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProxyAdminOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProxyAdminOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProxyAdminOwnershipTransferred represents a OwnershipTransferred event raised by the ProxyAdmin contract.
type ProxyAdminOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProxyAdmin *ProxyAdminFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ProxyAdminOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProxyAdmin.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminOwnershipTransferredIterator{contract: _ProxyAdmin.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProxyAdmin *ProxyAdminFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ProxyAdminOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProxyAdmin.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProxyAdminOwnershipTransferred)
				if err := _ProxyAdmin.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProxyAdmin *ProxyAdminFilterer) ParseOwnershipTransferred(log types.Log) (*ProxyAdminOwnershipTransferred, error) {
	event := new(ProxyAdminOwnershipTransferred)
	if err := _ProxyAdmin.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestERC20MetaData contains all meta data concerning the TestERC20 contract.
var TestERC20MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610b6f380380610b6f83398101604081905261002e916100f0565b8181600361003c83826101d9565b50600461004982826101d9565b5050505050610293565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610076575f5ffd5b81516001600160401b0381111561008f5761008f610053565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100bd576100bd610053565b6040528181528382016020018510156100d4575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f60408385031215610101575f5ffd5b82516001600160401b03811115610116575f5ffd5b61012285828601610067565b602085015190935090506001600160401b0381111561013f575f5ffd5b61014b85828601610067565b9150509250929050565b600181811c9082168061016957607f821691505b60208210810361018757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101d457805f5260205f20601f840160051c810160208510156101b25750805b601f840160051c820191505b818110156101d1575f81556001016101be565b50505b505050565b81516001600160401b038111156101f2576101f2610053565b610206816102008454610155565b8461018d565b6020601f821160018114610238575f83156102215750848201515b5f19600385901b1c1916600184901b1784556101d1565b5f84815260208120601f198516915b828110156102675787850151825560209485019460019092019101610247565b508482101561028457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6108cf806102a05f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c806340c10f191161006e57806340c10f191461013d57806370a082311461015257806395d89b411461017a578063a457c2d714610182578063a9059cbb14610195578063dd62ed3e146101a8575f5ffd5b806306fdde03146100b5578063095ea7b3146100d357806318160ddd146100f657806323b872dd14610108578063313ce5671461011b578063395093511461012a575b5f5ffd5b6100bd6101bb565b6040516100ca9190610775565b60405180910390f35b6100e66100e13660046107c5565b61024b565b60405190151581526020016100ca565b6002545b6040519081526020016100ca565b6100e66101163660046107ed565b610264565b604051601281526020016100ca565b6100e66101383660046107c5565b610287565b61015061014b3660046107c5565b6102a8565b005b6100fa610160366004610827565b6001600160a01b03165f9081526020819052604090205490565b6100bd6102b6565b6100e66101903660046107c5565b6102c5565b6100e66101a33660046107c5565b610344565b6100fa6101b6366004610847565b610351565b6060600380546101ca90610878565b80601f01602080910402602001604051908101604052809291908181526020018280546101f690610878565b80156102415780601f1061021857610100808354040283529160200191610241565b820191905f5260205f20905b81548152906001019060200180831161022457829003601f168201915b5050505050905090565b5f3361025881858561037b565b60019150505b92915050565b5f3361027185828561049e565b61027c858585610516565b506001949350505050565b5f336102588185856102998383610351565b6102a391906108b0565b61037b565b6102b282826106b8565b5050565b6060600480546101ca90610878565b5f33816102d28286610351565b9050838110156103375760405162461bcd60e51b815260206004820152602560248201527f45524332303a2064656372656173656420616c6c6f77616e63652062656c6f77604482015264207a65726f60d81b60648201526084015b60405180910390fd5b61027c828686840361037b565b5f33610258818585610516565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6001600160a01b0383166103dd5760405162461bcd60e51b8152602060048201526024808201527f45524332303a20617070726f76652066726f6d20746865207a65726f206164646044820152637265737360e01b606482015260840161032e565b6001600160a01b03821661043e5760405162461bcd60e51b815260206004820152602260248201527f45524332303a20617070726f766520746f20746865207a65726f206164647265604482015261737360f01b606482015260840161032e565b6001600160a01b038381165f8181526001602090815260408083209487168084529482529182902085905590518481527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925910160405180910390a3505050565b5f6104a98484610351565b90505f19811461051057818110156105035760405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e6365000000604482015260640161032e565b610510848484840361037b565b50505050565b6001600160a01b03831661057a5760405162461bcd60e51b815260206004820152602560248201527f45524332303a207472616e736665722066726f6d20746865207a65726f206164604482015264647265737360d81b606482015260840161032e565b6001600160a01b0382166105dc5760405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b606482015260840161032e565b6001600160a01b0383165f90815260208190526040902054818110156106535760405162461bcd60e51b815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e7420657863656564732062604482015265616c616e636560d01b606482015260840161032e565b6001600160a01b038481165f81815260208181526040808320878703905593871680835291849020805487019055925185815290927fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a3610510565b6001600160a01b03821661070e5760405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f206164647265737300604482015260640161032e565b8060025f82825461071f91906108b0565b90915550506001600160a01b0382165f81815260208181526040808320805486019055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a35050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107c0575f5ffd5b919050565b5f5f604083850312156107d6575f5ffd5b6107df836107aa565b946020939093013593505050565b5f5f5f606084860312156107ff575f5ffd5b610808846107aa565b9250610816602085016107aa565b929592945050506040919091013590565b5f60208284031215610837575f5ffd5b610840826107aa565b9392505050565b5f5f60408385031215610858575f5ffd5b610861836107aa565b915061086f602084016107aa565b90509250929050565b600181811c9082168061088c57607f821691505b6020821081036108aa57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561025e57634e487b7160e01b5f52601160045260245ffd",
}

// TestERC20ABI is the input ABI used to generate the binding from.
// Deprecated: Use TestERC20MetaData.ABI instead.
var TestERC20ABI = TestERC20MetaData.ABI

// TestERC20Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TestERC20MetaData.Bin instead.
var TestERC20Bin = TestERC20MetaData.Bin

// DeployTestERC20 deploys a new Ethereum contract, binding an instance of TestERC20 to it.
func DeployTestERC20(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string) (common.Address, *types.Transaction, *TestERC20, error) {
	parsed, err := TestERC20MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TestERC20Bin), backend, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TestERC20{TestERC20Caller: TestERC20Caller{contract: contract}, TestERC20Transactor: TestERC20Transactor{contract: contract}, TestERC20Filterer: TestERC20Filterer{contract: contract}}, nil
}

// TestERC20 is an auto generated Go binding around an Ethereum contract.
type TestERC20 struct {
	TestERC20Caller     // Read-only binding to the contract
	TestERC20Transactor // Write-only binding to the contract
	TestERC20Filterer   // Log filterer for contract events
}

// TestERC20Caller is an auto generated read-only Go binding around an Ethereum contract.
type TestERC20Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestERC20Transactor is an auto generated write-only Go binding around an Ethereum contract.
type TestERC20Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestERC20Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TestERC20Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestERC20Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TestERC20Session struct {
	Contract     *TestERC20        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TestERC20CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TestERC20CallerSession struct {
	Contract *TestERC20Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// TestERC20TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TestERC20TransactorSession struct {
	Contract     *TestERC20Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TestERC20Raw is an auto generated low-level Go binding around an Ethereum contract.
type TestERC20Raw struct {
	Contract *TestERC20 // Generic contract binding to access the raw methods on
}

// TestERC20CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TestERC20CallerRaw struct {
	Contract *TestERC20Caller // Generic read-only contract binding to access the raw methods on
}

// TestERC20TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TestERC20TransactorRaw struct {
	Contract *TestERC20Transactor // Generic write-only contract binding to access the raw methods on
}

// NewTestERC20 creates a new instance of TestERC20, bound to a specific deployed contract.
func NewTestERC20(address common.Address, backend bind.ContractBackend) (*TestERC20, error) {
	contract, err := bindTestERC20(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TestERC20{TestERC20Caller: TestERC20Caller{contract: contract}, TestERC20Transactor: TestERC20Transactor{contract: contract}, TestERC20Filterer: TestERC20Filterer{contract: contract}}, nil
}

// NewTestERC20Caller creates a new read-only instance of TestERC20, bound to a specific deployed contract.
func NewTestERC20Caller(address common.Address, caller bind.ContractCaller) (*TestERC20Caller, error) {
	contract, err := bindTestERC20(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TestERC20Caller{contract: contract}, nil
}

// NewTestERC20Transactor creates a new write-only instance of TestERC20, bound to a specific deployed contract.
func NewTestERC20Transactor(address common.Address, transactor bind.ContractTransactor) (*TestERC20Transactor, error) {
	contract, err := bindTestERC20(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TestERC20Transactor{contract: contract}, nil
}

// NewTestERC20Filterer creates a new log filterer instance of TestERC20, bound to a specific deployed contract.
func NewTestERC20Filterer(address common.Address, filterer bind.ContractFilterer) (*TestERC20Filterer, error) {
	contract, err := bindTestERC20(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TestERC20Filterer{contract: contract}, nil
}

// bindTestERC20 binds a generic wrapper to an already deployed contract.
func bindTestERC20(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TestERC20MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestERC20 *TestERC20Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestERC20.Contract.TestERC20Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestERC20 *TestERC20Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestERC20.Contract.TestERC20Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestERC20 *TestERC20Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestERC20.Contract.TestERC20Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestERC20 *TestERC20CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestERC20.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestERC20 *TestERC20TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestERC20.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestERC20 *TestERC20TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestERC20.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TestERC20 *TestERC20Caller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestERC20.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TestERC20 *TestERC20Session) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _TestERC20.Contract.Allowance(&_TestERC20.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TestERC20 *TestERC20CallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _TestERC20.Contract.Allowance(&_TestERC20.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TestERC20 *TestERC20Caller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestERC20.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TestERC20 *TestERC20Session) BalanceOf(account common.Address) (*big.Int, error) {
	return _TestERC20.Contract.BalanceOf(&_TestERC20.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TestERC20 *TestERC20CallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _TestERC20.Contract.BalanceOf(&_TestERC20.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestERC20 *TestERC20Caller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TestERC20.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestERC20 *TestERC20Session) Decimals() (uint8, error) {
	return _TestERC20.Contract.Decimals(&_TestERC20.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestERC20 *TestERC20CallerSession) Decimals() (uint8, error) {
	return _TestERC20.Contract.Decimals(&_TestERC20.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestERC20 *TestERC20Caller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestERC20.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestERC20 *TestERC20Session) Name() (string, error) {
	return _TestERC20.Contract.Name(&_TestERC20.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestERC20 *TestERC20CallerSession) Name() (string, error) {
	return _TestERC20.Contract.Name(&_TestERC20.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestERC20 *TestERC20Caller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestERC20.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestERC20 *TestERC20Session) Symbol() (string, error) {
	return _TestERC20.Contract.Symbol(&_TestERC20.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestERC20 *TestERC20CallerSession) Symbol() (string, error) {
	return _TestERC20.Contract.Symbol(&_TestERC20.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestERC20 *TestERC20Caller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TestERC20.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestERC20 *TestERC20Session) TotalSupply() (*big.Int, error) {
	return _TestERC20.Contract.TotalSupply(&_TestERC20.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestERC20 *TestERC20CallerSession) TotalSupply() (*big.Int, error) {
	return _TestERC20.Contract.TotalSupply(&_TestERC20.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20Transactor) Approve(opts *bind.TransactOpts, spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.contract.Transact(opts, "approve", spender, amount)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20Session) Approve(spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.Approve(&_TestERC20.TransactOpts, spender, amount)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20TransactorSession) Approve(spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.Approve(&_TestERC20.TransactOpts, spender, amount)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_TestERC20 *TestERC20Transactor) DecreaseAllowance(opts *bind.TransactOpts, spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _TestERC20.contract.Transact(opts, "decreaseAllowance", spender, subtractedValue)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_TestERC20 *TestERC20Session) DecreaseAllowance(spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.DecreaseAllowance(&_TestERC20.TransactOpts, spender, subtractedValue)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_TestERC20 *TestERC20TransactorSession) DecreaseAllowance(spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.DecreaseAllowance(&_TestERC20.TransactOpts, spender, subtractedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_TestERC20 *TestERC20Transactor) IncreaseAllowance(opts *bind.TransactOpts, spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _TestERC20.contract.Transact(opts, "increaseAllowance", spender, addedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_TestERC20 *TestERC20Session) IncreaseAllowance(spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.IncreaseAllowance(&_TestERC20.TransactOpts, spender, addedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_TestERC20 *TestERC20TransactorSession) IncreaseAllowance(spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.IncreaseAllowance(&_TestERC20.TransactOpts, spender, addedValue)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TestERC20 *TestERC20Transactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TestERC20 *TestERC20Session) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.Mint(&_TestERC20.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TestERC20 *TestERC20TransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.Mint(&_TestERC20.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20Transactor) Transfer(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.contract.Transact(opts, "transfer", to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20Session) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.Transfer(&_TestERC20.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20TransactorSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.Transfer(&_TestERC20.TransactOpts, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20Transactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.contract.Transact(opts, "transferFrom", from, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20Session) TransferFrom(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.TransferFrom(&_TestERC20.TransactOpts, from, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_TestERC20 *TestERC20TransactorSession) TransferFrom(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestERC20.Contract.TransferFrom(&_TestERC20.TransactOpts, from, to, amount)
}

// TestERC20ApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the TestERC20 contract.
type TestERC20ApprovalIterator struct {
	Event *TestERC20Approval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestERC20ApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestERC20Approval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestERC20Approval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestERC20ApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestERC20ApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestERC20Approval represents a Approval event raised by the TestERC20 contract.
type TestERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestERC20 *TestERC20Filterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*TestERC20ApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestERC20.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &TestERC20ApprovalIterator{contract: _TestERC20.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestERC20 *TestERC20Filterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *TestERC20Approval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestERC20.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestERC20Approval)
				if err := _TestERC20.contract.UnpackLog(event, "Approval", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestERC20 *TestERC20Filterer) ParseApproval(log types.Log) (*TestERC20Approval, error) {
	event := new(TestERC20Approval)
	if err := _TestERC20.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestERC20TransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TestERC20 contract.
type TestERC20TransferIterator struct {
	Event *TestERC20Transfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestERC20TransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestERC20Transfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestERC20Transfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestERC20TransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestERC20TransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestERC20Transfer represents a Transfer event raised by the TestERC20 contract.
type TestERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestERC20 *TestERC20Filterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TestERC20TransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestERC20.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TestERC20TransferIterator{contract: _TestERC20.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestERC20 *TestERC20Filterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TestERC20Transfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestERC20.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestERC20Transfer)
				if err := _TestERC20.contract.UnpackLog(event, "Transfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestERC20 *TestERC20Filterer) ParseTransfer(log types.Log) (*TestERC20Transfer, error) {
	event := new(TestERC20Transfer)
	if err := _TestERC20.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TransparentUpgradeableProxyMetaData contains all meta data concerning the TransparentUpgradeableProxy contract.
var TransparentUpgradeableProxyMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_logic\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beacon\",\"type\":\"address\"}],\"name\":\"BeaconUpgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"}]",
	Bin: "0x6080604052604051610d41380380610d41833981016040819052610022916103c3565b828161002f82825f610043565b5061003b90508261006e565b5050506104df565b61004c836100db565b5f825111806100585750805b1561006957610067838361011a565b505b505050565b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f6100ad5f516020610cfa5f395f51905f52546001600160a01b031690565b604080516001600160a01b03928316815291841660208301520160405180910390a16100d881610146565b50565b6100e4816101e1565b6040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b606061013f8383604051806060016040528060278152602001610d1a60279139610275565b9392505050565b6001600160a01b0381166101b05760405162461bcd60e51b815260206004820152602660248201527f455243313936373a206e65772061646d696e20697320746865207a65726f206160448201526564647265737360d01b60648201526084015b60405180910390fd5b805f516020610cfa5f395f51905f525b80546001600160a01b0319166001600160a01b039290921691909117905550565b6001600160a01b0381163b61024e5760405162461bcd60e51b815260206004820152602d60248201527f455243313936373a206e657720696d706c656d656e746174696f6e206973206e60448201526c1bdd08184818dbdb9d1c9858dd609a1b60648201526084016101a7565b807f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc6101c0565b60605f5f856001600160a01b0316856040516102919190610494565b5f60405180830381855af49150503d805f81146102c9576040519150601f19603f3d011682016040523d82523d5f602084013e6102ce565b606091505b5090925090506102e0868383876102ea565b9695505050505050565b606083156103585782515f03610351576001600160a01b0385163b6103515760405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e747261637400000060448201526064016101a7565b5081610362565b610362838361036a565b949350505050565b81511561037a5781518083602001fd5b8060405162461bcd60e51b81526004016101a791906104aa565b80516001600160a01b03811681146103aa575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156103d5575f5ffd5b6103de84610394565b92506103ec60208501610394565b60408501519092506001600160401b03811115610407575f5ffd5b8401601f81018613610417575f5ffd5b80516001600160401b03811115610430576104306103af565b604051601f8201601f19908116603f011681016001600160401b038111828210171561045e5761045e6103af565b604052818152828201602001881015610475575f5ffd5b8160208401602083015e5f602083830101528093505050509250925092565b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b61080e806104ec5f395ff3fe60806040523661001357610011610017565b005b6100115b61001f610168565b6001600160a01b0316330361015e5760606001600160e01b03195f35166364d3180d60e11b81016100595761005261019a565b9150610156565b63587086bd60e11b6001600160e01b0319821601610079576100526101ed565b63070d7c6960e41b6001600160e01b031982160161009957610052610231565b621eb96f60e61b6001600160e01b03198216016100b857610052610261565b63a39f25e560e01b6001600160e01b03198216016100d8576100526102a0565b60405162461bcd60e51b815260206004820152604260248201527f5472616e73706172656e745570677261646561626c6550726f78793a2061646d60448201527f696e2063616e6e6f742066616c6c6261636b20746f2070726f78792074617267606482015261195d60f21b608482015260a4015b60405180910390fd5b815160208301f35b6101666102b3565b565b5f7fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d61035b546001600160a01b0316919050565b60606101a46102c3565b5f6101b23660048184610668565b8101906101bf91906106aa565b90506101da8160405180602001604052805f8152505f6102cd565b505060408051602081019091525f815290565b60605f806101fe3660048184610668565b81019061020b91906106d7565b9150915061021b828260016102cd565b60405180602001604052805f8152509250505090565b606061023b6102c3565b5f6102493660048184610668565b81019061025691906106aa565b90506101da816102f8565b606061026b6102c3565b5f610274610168565b604080516001600160a01b03831660208201529192500160405160208183030381529060405291505090565b60606102aa6102c3565b5f61027461034f565b6101666102be61034f565b61035d565b3415610166575f5ffd5b6102d68361037b565b5f825111806102e25750805b156102f3576102f183836103ba565b505b505050565b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f610321610168565b604080516001600160a01b03928316815291841660208301520160405180910390a161034c816103e6565b50565b5f61035861048f565b905090565b365f5f375f5f365f845af43d5f5f3e808015610377573d5ff35b3d5ffd5b610384816104b6565b6040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b60606103df83836040518060600160405280602781526020016107e76027913961054a565b9392505050565b6001600160a01b03811661044b5760405162461bcd60e51b815260206004820152602660248201527f455243313936373a206e65772061646d696e20697320746865207a65726f206160448201526564647265737360d01b606482015260840161014d565b807fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d61035b80546001600160a01b0319166001600160a01b039290921691909117905550565b5f7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc61018b565b6001600160a01b0381163b6105235760405162461bcd60e51b815260206004820152602d60248201527f455243313936373a206e657720696d706c656d656e746174696f6e206973206e60448201526c1bdd08184818dbdb9d1c9858dd609a1b606482015260840161014d565b807f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc61046e565b60605f5f856001600160a01b031685604051610566919061079b565b5f60405180830381855af49150503d805f811461059e576040519150601f19603f3d011682016040523d82523d5f602084013e6105a3565b606091505b50915091506105b4868383876105be565b9695505050505050565b6060831561062c5782515f03610625576001600160a01b0385163b6106255760405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e7472616374000000604482015260640161014d565b5081610636565b610636838361063e565b949350505050565b81511561064e5781518083602001fd5b8060405162461bcd60e51b815260040161014d91906107b1565b5f5f85851115610676575f5ffd5b83861115610682575f5ffd5b5050820193919092039150565b80356001600160a01b03811681146106a5575f5ffd5b919050565b5f602082840312156106ba575f5ffd5b6103df8261068f565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156106e8575f5ffd5b6106f18361068f565b9150602083013567ffffffffffffffff81111561070c575f5ffd5b8301601f8101851361071c575f5ffd5b803567ffffffffffffffff811115610736576107366106c3565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610765576107656106c3565b60405281815282820160200187101561077c575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056fe416464726573733a206c6f772d6c6576656c2064656c65676174652063616c6c206661696c6564b53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103416464726573733a206c6f772d6c6576656c2064656c65676174652063616c6c206661696c6564",
}

// TransparentUpgradeableProxyABI is the input ABI used to generate the binding from.
// Deprecated: Use TransparentUpgradeableProxyMetaData.ABI instead.
var TransparentUpgradeableProxyABI = TransparentUpgradeableProxyMetaData.ABI

// TransparentUpgradeableProxyBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TransparentUpgradeableProxyMetaData.Bin instead.
var TransparentUpgradeableProxyBin = TransparentUpgradeableProxyMetaData.Bin

// DeployTransparentUpgradeableProxy deploys a new Ethereum contract, binding an instance of TransparentUpgradeableProxy to it.
func DeployTransparentUpgradeableProxy(auth *bind.TransactOpts, backend bind.ContractBackend, _logic common.Address, admin_ common.Address, _data []byte) (common.Address, *types.Transaction, *TransparentUpgradeableProxy, error) {
	parsed, err := TransparentUpgradeableProxyMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TransparentUpgradeableProxyBin), backend, _logic, admin_, _data)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TransparentUpgradeableProxy{TransparentUpgradeableProxyCaller: TransparentUpgradeableProxyCaller{contract: contract}, TransparentUpgradeableProxyTransactor: TransparentUpgradeableProxyTransactor{contract: contract}, TransparentUpgradeableProxyFilterer: TransparentUpgradeableProxyFilterer{contract: contract}}, nil
}

// TransparentUpgradeableProxy is an auto generated Go binding around an Ethereum contract.
type TransparentUpgradeableProxy struct {
	TransparentUpgradeableProxyCaller     // Read-only binding to the contract
	TransparentUpgradeableProxyTransactor // Write-only binding to the contract
	TransparentUpgradeableProxyFilterer   // Log filterer for contract events
}

// TransparentUpgradeableProxyCaller is an auto generated read-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransparentUpgradeableProxyTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransparentUpgradeableProxyFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TransparentUpgradeableProxyFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransparentUpgradeableProxySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TransparentUpgradeableProxySession struct {
	Contract     *TransparentUpgradeableProxy // Generic contract binding to set the session for
	CallOpts     bind.CallOpts                // Call options to use throughout this session
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// TransparentUpgradeableProxyCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TransparentUpgradeableProxyCallerSession struct {
	Contract *TransparentUpgradeableProxyCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                      // Call options to use throughout this session
}

// TransparentUpgradeableProxyTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TransparentUpgradeableProxyTransactorSession struct {
	Contract     *TransparentUpgradeableProxyTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                      // Transaction auth options to use throughout this session
}

// TransparentUpgradeableProxyRaw is an auto generated low-level Go binding around an Ethereum contract.
type TransparentUpgradeableProxyRaw struct {
	Contract *TransparentUpgradeableProxy // Generic contract binding to access the raw methods on
}

// TransparentUpgradeableProxyCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyCallerRaw struct {
	Contract *TransparentUpgradeableProxyCaller // Generic read-only contract binding to access the raw methods on
}

// TransparentUpgradeableProxyTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyTransactorRaw struct {
	Contract *TransparentUpgradeableProxyTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTransparentUpgradeableProxy creates a new instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxy(address common.Address, backend bind.ContractBackend) (*TransparentUpgradeableProxy, error) {
	contract, err := bindTransparentUpgradeableProxy(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxy{TransparentUpgradeableProxyCaller: TransparentUpgradeableProxyCaller{contract: contract}, TransparentUpgradeableProxyTransactor: TransparentUpgradeableProxyTransactor{contract: contract}, TransparentUpgradeableProxyFilterer: TransparentUpgradeableProxyFilterer{contract: contract}}, nil
}

// NewTransparentUpgradeableProxyCaller creates a new read-only instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxyCaller(address common.Address, caller bind.ContractCaller) (*TransparentUpgradeableProxyCaller, error) {
	contract, err := bindTransparentUpgradeableProxy(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyCaller{contract: contract}, nil
}

// NewTransparentUpgradeableProxyTransactor creates a new write-only instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxyTransactor(address common.Address, transactor bind.ContractTransactor) (*TransparentUpgradeableProxyTransactor, error) {
	contract, err := bindTransparentUpgradeableProxy(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyTransactor{contract: contract}, nil
}

// NewTransparentUpgradeableProxyFilterer creates a new log filterer instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxyFilterer(address common.Address, filterer bind.ContractFilterer) (*TransparentUpgradeableProxyFilterer, error) {
	contract, err := bindTransparentUpgradeableProxy(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyFilterer{contract: contract}, nil
}

// bindTransparentUpgradeableProxy binds a generic wrapper to an already deployed contract.
func bindTransparentUpgradeableProxy(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TransparentUpgradeableProxyMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TransparentUpgradeableProxy.Contract.TransparentUpgradeableProxyCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.TransparentUpgradeableProxyTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.TransparentUpgradeableProxyTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TransparentUpgradeableProxy.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.contract.Transact(opts, method, params...)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactor) Fallback(opts *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.contract.RawTransact(opts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxySession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Fallback(&_TransparentUpgradeableProxy.TransactOpts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Fallback(&_TransparentUpgradeableProxy.TransactOpts, calldata)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxySession) Receive() (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Receive(&_TransparentUpgradeableProxy.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorSession) Receive() (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Receive(&_TransparentUpgradeableProxy.TransactOpts)
}

// TransparentUpgradeableProxyAdminChangedIterator is returned from FilterAdminChanged and is used to iterate over the raw logs and unpacked data for AdminChanged events raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyAdminChangedIterator struct {
	Event *TransparentUpgradeableProxyAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TransparentUpgradeableProxyAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TransparentUpgradeableProxyAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TransparentUpgradeableProxyAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TransparentUpgradeableProxyAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TransparentUpgradeableProxyAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TransparentUpgradeableProxyAdminChanged represents a AdminChanged event raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyAdminChanged struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAdminChanged is a free log retrieval operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) FilterAdminChanged(opts *bind.FilterOpts) (*TransparentUpgradeableProxyAdminChangedIterator, error) {

	logs, sub, err := _TransparentUpgradeableProxy.contract.FilterLogs(opts, "AdminChanged")
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyAdminChangedIterator{contract: _TransparentUpgradeableProxy.contract, event: "AdminChanged", logs: logs, sub: sub}, nil
}

// WatchAdminChanged is a free log subscription operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) WatchAdminChanged(opts *bind.WatchOpts, sink chan<- *TransparentUpgradeableProxyAdminChanged) (event.Subscription, error) {

	logs, sub, err := _TransparentUpgradeableProxy.contract.WatchLogs(opts, "AdminChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TransparentUpgradeableProxyAdminChanged)
				if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "AdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAdminChanged is a log parse operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) ParseAdminChanged(log types.Log) (*TransparentUpgradeableProxyAdminChanged, error) {
	event := new(TransparentUpgradeableProxyAdminChanged)
	if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "AdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TransparentUpgradeableProxyBeaconUpgradedIterator is returned from FilterBeaconUpgraded and is used to iterate over the raw logs and unpacked data for BeaconUpgraded events raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyBeaconUpgradedIterator struct {
	Event *TransparentUpgradeableProxyBeaconUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TransparentUpgradeableProxyBeaconUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TransparentUpgradeableProxyBeaconUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TransparentUpgradeableProxyBeaconUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TransparentUpgradeableProxyBeaconUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TransparentUpgradeableProxyBeaconUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TransparentUpgradeableProxyBeaconUpgraded represents a BeaconUpgraded event raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyBeaconUpgraded struct {
	Beacon common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBeaconUpgraded is a free log retrieval operation binding the contract event 0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) FilterBeaconUpgraded(opts *bind.FilterOpts, beacon []common.Address) (*TransparentUpgradeableProxyBeaconUpgradedIterator, error) {

	var beaconRule []interface{}
	for _, beaconItem := range beacon {
		beaconRule = append(beaconRule, beaconItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.FilterLogs(opts, "BeaconUpgraded", beaconRule)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyBeaconUpgradedIterator{contract: _TransparentUpgradeableProxy.contract, event: "BeaconUpgraded", logs: logs, sub: sub}, nil
}

// WatchBeaconUpgraded is a free log subscription operation binding the contract event 0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) WatchBeaconUpgraded(opts *bind.WatchOpts, sink chan<- *TransparentUpgradeableProxyBeaconUpgraded, beacon []common.Address) (event.Subscription, error) {

	var beaconRule []interface{}
	for _, beaconItem := range beacon {
		beaconRule = append(beaconRule, beaconItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.WatchLogs(opts, "BeaconUpgraded", beaconRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TransparentUpgradeableProxyBeaconUpgraded)
				if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "BeaconUpgraded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBeaconUpgraded is a log parse operation binding the contract event 0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) ParseBeaconUpgraded(log types.Log) (*TransparentUpgradeableProxyBeaconUpgraded, error) {
	event := new(TransparentUpgradeableProxyBeaconUpgraded)
	if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "BeaconUpgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TransparentUpgradeableProxyUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyUpgradedIterator struct {
	Event *TransparentUpgradeableProxyUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TransparentUpgradeableProxyUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TransparentUpgradeableProxyUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TransparentUpgradeableProxyUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TransparentUpgradeableProxyUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TransparentUpgradeableProxyUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TransparentUpgradeableProxyUpgraded represents a Upgraded event raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*TransparentUpgradeableProxyUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyUpgradedIterator{contract: _TransparentUpgradeableProxy.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *TransparentUpgradeableProxyUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TransparentUpgradeableProxyUpgraded)
				if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) ParseUpgraded(log types.Log) (*TransparentUpgradeableProxyUpgraded, error) {
	event := new(TransparentUpgradeableProxyUpgraded)
	if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
