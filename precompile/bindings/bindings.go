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

// G1Point is an auto generated low-level Go binding around an user-defined struct.
type G1Point struct {
	X *big.Int
	Y *big.Int
}

// G2Point is an auto generated low-level Go binding around an user-defined struct.
type G2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// Identifier is an auto generated low-level Go binding around an user-defined struct.
type Identifier struct {
	Origin      common.Address
	BlockNumber *big.Int
	LogIndex    *big.Int
	Timestamp   *big.Int
	ChainId     *big.Int
}

// OperatorUpdate is an auto generated low-level Go binding around an user-defined struct.
type OperatorUpdate struct {
	Kind       uint8
	Operator   common.Address
	PubkeyG1   [2]*big.Int
	PubkeyG2   [4]*big.Int
	Pop        [2]*big.Int
	OperatorId [32]byte
	Quorums    []byte
	Quorum     uint8
	Stake      *big.Int
}

// IParleyInboxMetaData contains all meta data concerning the IParleyInbox contract.
var IParleyInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256[2]\",\"name\":\"pubkeyG1\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pubkeyG2\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[2]\",\"name\":\"pop\",\"type\":\"uint256[2]\"},{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"quorums\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"internalType\":\"structOperatorUpdate[]\",\"name\":\"updates\",\"type\":\"tuple[]\"}],\"name\":\"applyOperatorUpdates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"certifiedRange\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"isValidMessage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"latestCertifiedBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"certified\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"operatorTable\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"table\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"operatorTableCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorTableVersion\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"name\":\"recordRange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"validateMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"}],\"name\":\"ExecutingMessage\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"operators\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rejected\",\"type\":\"uint32\"}],\"name\":\"OperatorTableUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"name\":\"RangeCertified\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"}],\"name\":\"BlockOutsideRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallForbidden\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdentifierOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expectedFromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"}],\"name\":\"NonContiguousRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSystemSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"}],\"name\":\"RangeNotCertified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyUpdates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"UnknownTableVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WriteInStaticContext\",\"type\":\"error\"}]",
}

// IParleyInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use IParleyInboxMetaData.ABI instead.
var IParleyInboxABI = IParleyInboxMetaData.ABI

// IParleyInbox is an auto generated Go binding around an Ethereum contract.
type IParleyInbox struct {
	IParleyInboxCaller     // Read-only binding to the contract
	IParleyInboxTransactor // Write-only binding to the contract
	IParleyInboxFilterer   // Log filterer for contract events
}

// IParleyInboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type IParleyInboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IParleyInboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IParleyInboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IParleyInboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IParleyInboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IParleyInboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IParleyInboxSession struct {
	Contract     *IParleyInbox     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IParleyInboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IParleyInboxCallerSession struct {
	Contract *IParleyInboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// IParleyInboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IParleyInboxTransactorSession struct {
	Contract     *IParleyInboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// IParleyInboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type IParleyInboxRaw struct {
	Contract *IParleyInbox // Generic contract binding to access the raw methods on
}

// IParleyInboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IParleyInboxCallerRaw struct {
	Contract *IParleyInboxCaller // Generic read-only contract binding to access the raw methods on
}

// IParleyInboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IParleyInboxTransactorRaw struct {
	Contract *IParleyInboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIParleyInbox creates a new instance of IParleyInbox, bound to a specific deployed contract.
func NewIParleyInbox(address common.Address, backend bind.ContractBackend) (*IParleyInbox, error) {
	contract, err := bindIParleyInbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IParleyInbox{IParleyInboxCaller: IParleyInboxCaller{contract: contract}, IParleyInboxTransactor: IParleyInboxTransactor{contract: contract}, IParleyInboxFilterer: IParleyInboxFilterer{contract: contract}}, nil
}

// NewIParleyInboxCaller creates a new read-only instance of IParleyInbox, bound to a specific deployed contract.
func NewIParleyInboxCaller(address common.Address, caller bind.ContractCaller) (*IParleyInboxCaller, error) {
	contract, err := bindIParleyInbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxCaller{contract: contract}, nil
}

// NewIParleyInboxTransactor creates a new write-only instance of IParleyInbox, bound to a specific deployed contract.
func NewIParleyInboxTransactor(address common.Address, transactor bind.ContractTransactor) (*IParleyInboxTransactor, error) {
	contract, err := bindIParleyInbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxTransactor{contract: contract}, nil
}

// NewIParleyInboxFilterer creates a new log filterer instance of IParleyInbox, bound to a specific deployed contract.
func NewIParleyInboxFilterer(address common.Address, filterer bind.ContractFilterer) (*IParleyInboxFilterer, error) {
	contract, err := bindIParleyInbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxFilterer{contract: contract}, nil
}

// bindIParleyInbox binds a generic wrapper to an already deployed contract.
func bindIParleyInbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IParleyInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IParleyInbox *IParleyInboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IParleyInbox.Contract.IParleyInboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IParleyInbox *IParleyInboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IParleyInbox.Contract.IParleyInboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IParleyInbox *IParleyInboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IParleyInbox.Contract.IParleyInboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IParleyInbox *IParleyInboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IParleyInbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IParleyInbox *IParleyInboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IParleyInbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IParleyInbox *IParleyInboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IParleyInbox.Contract.contract.Transact(opts, method, params...)
}

// CertifiedRange is a free data retrieval call binding the contract method 0xedb40a44.
//
// Solidity: function certifiedRange(uint256 chainId, uint64 blockNumber) view returns(uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
func (_IParleyInbox *IParleyInboxCaller) CertifiedRange(opts *bind.CallOpts, chainId *big.Int, blockNumber uint64) (struct {
	FromBlock     uint64
	ToBlock       uint64
	LastBlockHash [32]byte
	MessageRoot   [32]byte
}, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "certifiedRange", chainId, blockNumber)

	outstruct := new(struct {
		FromBlock     uint64
		ToBlock       uint64
		LastBlockHash [32]byte
		MessageRoot   [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.FromBlock = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ToBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LastBlockHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.MessageRoot = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// CertifiedRange is a free data retrieval call binding the contract method 0xedb40a44.
//
// Solidity: function certifiedRange(uint256 chainId, uint64 blockNumber) view returns(uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
func (_IParleyInbox *IParleyInboxSession) CertifiedRange(chainId *big.Int, blockNumber uint64) (struct {
	FromBlock     uint64
	ToBlock       uint64
	LastBlockHash [32]byte
	MessageRoot   [32]byte
}, error) {
	return _IParleyInbox.Contract.CertifiedRange(&_IParleyInbox.CallOpts, chainId, blockNumber)
}

// CertifiedRange is a free data retrieval call binding the contract method 0xedb40a44.
//
// Solidity: function certifiedRange(uint256 chainId, uint64 blockNumber) view returns(uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
func (_IParleyInbox *IParleyInboxCallerSession) CertifiedRange(chainId *big.Int, blockNumber uint64) (struct {
	FromBlock     uint64
	ToBlock       uint64
	LastBlockHash [32]byte
	MessageRoot   [32]byte
}, error) {
	return _IParleyInbox.Contract.CertifiedRange(&_IParleyInbox.CallOpts, chainId, blockNumber)
}

// IsValidMessage is a free data retrieval call binding the contract method 0xdb101589.
//
// Solidity: function isValidMessage((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) view returns(bool)
func (_IParleyInbox *IParleyInboxCaller) IsValidMessage(opts *bind.CallOpts, id Identifier, msgHash [32]byte, proof []byte) (bool, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "isValidMessage", id, msgHash, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidMessage is a free data retrieval call binding the contract method 0xdb101589.
//
// Solidity: function isValidMessage((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) view returns(bool)
func (_IParleyInbox *IParleyInboxSession) IsValidMessage(id Identifier, msgHash [32]byte, proof []byte) (bool, error) {
	return _IParleyInbox.Contract.IsValidMessage(&_IParleyInbox.CallOpts, id, msgHash, proof)
}

// IsValidMessage is a free data retrieval call binding the contract method 0xdb101589.
//
// Solidity: function isValidMessage((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) view returns(bool)
func (_IParleyInbox *IParleyInboxCallerSession) IsValidMessage(id Identifier, msgHash [32]byte, proof []byte) (bool, error) {
	return _IParleyInbox.Contract.IsValidMessage(&_IParleyInbox.CallOpts, id, msgHash, proof)
}

// LatestCertifiedBlock is a free data retrieval call binding the contract method 0xc8936f07.
//
// Solidity: function latestCertifiedBlock(uint256 chainId) view returns(uint64 blockNumber, bool certified)
func (_IParleyInbox *IParleyInboxCaller) LatestCertifiedBlock(opts *bind.CallOpts, chainId *big.Int) (struct {
	BlockNumber uint64
	Certified   bool
}, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "latestCertifiedBlock", chainId)

	outstruct := new(struct {
		BlockNumber uint64
		Certified   bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.BlockNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Certified = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// LatestCertifiedBlock is a free data retrieval call binding the contract method 0xc8936f07.
//
// Solidity: function latestCertifiedBlock(uint256 chainId) view returns(uint64 blockNumber, bool certified)
func (_IParleyInbox *IParleyInboxSession) LatestCertifiedBlock(chainId *big.Int) (struct {
	BlockNumber uint64
	Certified   bool
}, error) {
	return _IParleyInbox.Contract.LatestCertifiedBlock(&_IParleyInbox.CallOpts, chainId)
}

// LatestCertifiedBlock is a free data retrieval call binding the contract method 0xc8936f07.
//
// Solidity: function latestCertifiedBlock(uint256 chainId) view returns(uint64 blockNumber, bool certified)
func (_IParleyInbox *IParleyInboxCallerSession) LatestCertifiedBlock(chainId *big.Int) (struct {
	BlockNumber uint64
	Certified   bool
}, error) {
	return _IParleyInbox.Contract.LatestCertifiedBlock(&_IParleyInbox.CallOpts, chainId)
}

// OperatorTable is a free data retrieval call binding the contract method 0xbd5c2338.
//
// Solidity: function operatorTable(uint64 version) view returns(bytes table)
func (_IParleyInbox *IParleyInboxCaller) OperatorTable(opts *bind.CallOpts, version uint64) ([]byte, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "operatorTable", version)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// OperatorTable is a free data retrieval call binding the contract method 0xbd5c2338.
//
// Solidity: function operatorTable(uint64 version) view returns(bytes table)
func (_IParleyInbox *IParleyInboxSession) OperatorTable(version uint64) ([]byte, error) {
	return _IParleyInbox.Contract.OperatorTable(&_IParleyInbox.CallOpts, version)
}

// OperatorTable is a free data retrieval call binding the contract method 0xbd5c2338.
//
// Solidity: function operatorTable(uint64 version) view returns(bytes table)
func (_IParleyInbox *IParleyInboxCallerSession) OperatorTable(version uint64) ([]byte, error) {
	return _IParleyInbox.Contract.OperatorTable(&_IParleyInbox.CallOpts, version)
}

// OperatorTableCommitment is a free data retrieval call binding the contract method 0xf45bd7ba.
//
// Solidity: function operatorTableCommitment(uint64 version) view returns(bytes32)
func (_IParleyInbox *IParleyInboxCaller) OperatorTableCommitment(opts *bind.CallOpts, version uint64) ([32]byte, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "operatorTableCommitment", version)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OperatorTableCommitment is a free data retrieval call binding the contract method 0xf45bd7ba.
//
// Solidity: function operatorTableCommitment(uint64 version) view returns(bytes32)
func (_IParleyInbox *IParleyInboxSession) OperatorTableCommitment(version uint64) ([32]byte, error) {
	return _IParleyInbox.Contract.OperatorTableCommitment(&_IParleyInbox.CallOpts, version)
}

// OperatorTableCommitment is a free data retrieval call binding the contract method 0xf45bd7ba.
//
// Solidity: function operatorTableCommitment(uint64 version) view returns(bytes32)
func (_IParleyInbox *IParleyInboxCallerSession) OperatorTableCommitment(version uint64) ([32]byte, error) {
	return _IParleyInbox.Contract.OperatorTableCommitment(&_IParleyInbox.CallOpts, version)
}

// OperatorTableVersion is a free data retrieval call binding the contract method 0x452d5627.
//
// Solidity: function operatorTableVersion() view returns(uint64)
func (_IParleyInbox *IParleyInboxCaller) OperatorTableVersion(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "operatorTableVersion")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// OperatorTableVersion is a free data retrieval call binding the contract method 0x452d5627.
//
// Solidity: function operatorTableVersion() view returns(uint64)
func (_IParleyInbox *IParleyInboxSession) OperatorTableVersion() (uint64, error) {
	return _IParleyInbox.Contract.OperatorTableVersion(&_IParleyInbox.CallOpts)
}

// OperatorTableVersion is a free data retrieval call binding the contract method 0x452d5627.
//
// Solidity: function operatorTableVersion() view returns(uint64)
func (_IParleyInbox *IParleyInboxCallerSession) OperatorTableVersion() (uint64, error) {
	return _IParleyInbox.Contract.OperatorTableVersion(&_IParleyInbox.CallOpts)
}

// ApplyOperatorUpdates is a paid mutator transaction binding the contract method 0x80165987.
//
// Solidity: function applyOperatorUpdates((uint8,address,uint256[2],uint256[4],uint256[2],bytes32,bytes,uint8,uint96)[] updates) returns()
func (_IParleyInbox *IParleyInboxTransactor) ApplyOperatorUpdates(opts *bind.TransactOpts, updates []OperatorUpdate) (*types.Transaction, error) {
	return _IParleyInbox.contract.Transact(opts, "applyOperatorUpdates", updates)
}

// ApplyOperatorUpdates is a paid mutator transaction binding the contract method 0x80165987.
//
// Solidity: function applyOperatorUpdates((uint8,address,uint256[2],uint256[4],uint256[2],bytes32,bytes,uint8,uint96)[] updates) returns()
func (_IParleyInbox *IParleyInboxSession) ApplyOperatorUpdates(updates []OperatorUpdate) (*types.Transaction, error) {
	return _IParleyInbox.Contract.ApplyOperatorUpdates(&_IParleyInbox.TransactOpts, updates)
}

// ApplyOperatorUpdates is a paid mutator transaction binding the contract method 0x80165987.
//
// Solidity: function applyOperatorUpdates((uint8,address,uint256[2],uint256[4],uint256[2],bytes32,bytes,uint8,uint96)[] updates) returns()
func (_IParleyInbox *IParleyInboxTransactorSession) ApplyOperatorUpdates(updates []OperatorUpdate) (*types.Transaction, error) {
	return _IParleyInbox.Contract.ApplyOperatorUpdates(&_IParleyInbox.TransactOpts, updates)
}

// RecordRange is a paid mutator transaction binding the contract method 0x92f0d2ca.
//
// Solidity: function recordRange(uint256 chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot) returns()
func (_IParleyInbox *IParleyInboxTransactor) RecordRange(opts *bind.TransactOpts, chainId *big.Int, fromBlock uint64, toBlock uint64, lastBlockHash [32]byte, messageRoot [32]byte) (*types.Transaction, error) {
	return _IParleyInbox.contract.Transact(opts, "recordRange", chainId, fromBlock, toBlock, lastBlockHash, messageRoot)
}

// RecordRange is a paid mutator transaction binding the contract method 0x92f0d2ca.
//
// Solidity: function recordRange(uint256 chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot) returns()
func (_IParleyInbox *IParleyInboxSession) RecordRange(chainId *big.Int, fromBlock uint64, toBlock uint64, lastBlockHash [32]byte, messageRoot [32]byte) (*types.Transaction, error) {
	return _IParleyInbox.Contract.RecordRange(&_IParleyInbox.TransactOpts, chainId, fromBlock, toBlock, lastBlockHash, messageRoot)
}

// RecordRange is a paid mutator transaction binding the contract method 0x92f0d2ca.
//
// Solidity: function recordRange(uint256 chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot) returns()
func (_IParleyInbox *IParleyInboxTransactorSession) RecordRange(chainId *big.Int, fromBlock uint64, toBlock uint64, lastBlockHash [32]byte, messageRoot [32]byte) (*types.Transaction, error) {
	return _IParleyInbox.Contract.RecordRange(&_IParleyInbox.TransactOpts, chainId, fromBlock, toBlock, lastBlockHash, messageRoot)
}

// ValidateMessage is a paid mutator transaction binding the contract method 0x0acc7541.
//
// Solidity: function validateMessage((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns(bytes32 checksum)
func (_IParleyInbox *IParleyInboxTransactor) ValidateMessage(opts *bind.TransactOpts, id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _IParleyInbox.contract.Transact(opts, "validateMessage", id, msgHash, proof)
}

// ValidateMessage is a paid mutator transaction binding the contract method 0x0acc7541.
//
// Solidity: function validateMessage((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns(bytes32 checksum)
func (_IParleyInbox *IParleyInboxSession) ValidateMessage(id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _IParleyInbox.Contract.ValidateMessage(&_IParleyInbox.TransactOpts, id, msgHash, proof)
}

// ValidateMessage is a paid mutator transaction binding the contract method 0x0acc7541.
//
// Solidity: function validateMessage((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns(bytes32 checksum)
func (_IParleyInbox *IParleyInboxTransactorSession) ValidateMessage(id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _IParleyInbox.Contract.ValidateMessage(&_IParleyInbox.TransactOpts, id, msgHash, proof)
}

// IParleyInboxExecutingMessageIterator is returned from FilterExecutingMessage and is used to iterate over the raw logs and unpacked data for ExecutingMessage events raised by the IParleyInbox contract.
type IParleyInboxExecutingMessageIterator struct {
	Event *IParleyInboxExecutingMessage // Event containing the contract specifics and raw log

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
func (it *IParleyInboxExecutingMessageIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IParleyInboxExecutingMessage)
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
		it.Event = new(IParleyInboxExecutingMessage)
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
func (it *IParleyInboxExecutingMessageIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IParleyInboxExecutingMessageIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IParleyInboxExecutingMessage represents a ExecutingMessage event raised by the IParleyInbox contract.
type IParleyInboxExecutingMessage struct {
	MsgHash [32]byte
	Id      Identifier
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterExecutingMessage is a free log retrieval operation binding the contract event 0x5c37832d2e8d10e346e55ad62071a6a2f9fa5130614ef2ec6617555c6f467ba7.
//
// Solidity: event ExecutingMessage(bytes32 indexed msgHash, (address,uint256,uint256,uint256,uint256) id)
func (_IParleyInbox *IParleyInboxFilterer) FilterExecutingMessage(opts *bind.FilterOpts, msgHash [][32]byte) (*IParleyInboxExecutingMessageIterator, error) {

	var msgHashRule []interface{}
	for _, msgHashItem := range msgHash {
		msgHashRule = append(msgHashRule, msgHashItem)
	}

	logs, sub, err := _IParleyInbox.contract.FilterLogs(opts, "ExecutingMessage", msgHashRule)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxExecutingMessageIterator{contract: _IParleyInbox.contract, event: "ExecutingMessage", logs: logs, sub: sub}, nil
}

// WatchExecutingMessage is a free log subscription operation binding the contract event 0x5c37832d2e8d10e346e55ad62071a6a2f9fa5130614ef2ec6617555c6f467ba7.
//
// Solidity: event ExecutingMessage(bytes32 indexed msgHash, (address,uint256,uint256,uint256,uint256) id)
func (_IParleyInbox *IParleyInboxFilterer) WatchExecutingMessage(opts *bind.WatchOpts, sink chan<- *IParleyInboxExecutingMessage, msgHash [][32]byte) (event.Subscription, error) {

	var msgHashRule []interface{}
	for _, msgHashItem := range msgHash {
		msgHashRule = append(msgHashRule, msgHashItem)
	}

	logs, sub, err := _IParleyInbox.contract.WatchLogs(opts, "ExecutingMessage", msgHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IParleyInboxExecutingMessage)
				if err := _IParleyInbox.contract.UnpackLog(event, "ExecutingMessage", log); err != nil {
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

// ParseExecutingMessage is a log parse operation binding the contract event 0x5c37832d2e8d10e346e55ad62071a6a2f9fa5130614ef2ec6617555c6f467ba7.
//
// Solidity: event ExecutingMessage(bytes32 indexed msgHash, (address,uint256,uint256,uint256,uint256) id)
func (_IParleyInbox *IParleyInboxFilterer) ParseExecutingMessage(log types.Log) (*IParleyInboxExecutingMessage, error) {
	event := new(IParleyInboxExecutingMessage)
	if err := _IParleyInbox.contract.UnpackLog(event, "ExecutingMessage", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IParleyInboxOperatorTableUpdatedIterator is returned from FilterOperatorTableUpdated and is used to iterate over the raw logs and unpacked data for OperatorTableUpdated events raised by the IParleyInbox contract.
type IParleyInboxOperatorTableUpdatedIterator struct {
	Event *IParleyInboxOperatorTableUpdated // Event containing the contract specifics and raw log

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
func (it *IParleyInboxOperatorTableUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IParleyInboxOperatorTableUpdated)
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
		it.Event = new(IParleyInboxOperatorTableUpdated)
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
func (it *IParleyInboxOperatorTableUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IParleyInboxOperatorTableUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IParleyInboxOperatorTableUpdated represents a OperatorTableUpdated event raised by the IParleyInbox contract.
type IParleyInboxOperatorTableUpdated struct {
	Version   uint64
	Operators uint32
	Rejected  uint32
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterOperatorTableUpdated is a free log retrieval operation binding the contract event 0x512e51ada64fdd5f10b3f5c0d8fffd823612c4e2151f94c9cb3d527d85228eac.
//
// Solidity: event OperatorTableUpdated(uint64 indexed version, uint32 operators, uint32 rejected)
func (_IParleyInbox *IParleyInboxFilterer) FilterOperatorTableUpdated(opts *bind.FilterOpts, version []uint64) (*IParleyInboxOperatorTableUpdatedIterator, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}

	logs, sub, err := _IParleyInbox.contract.FilterLogs(opts, "OperatorTableUpdated", versionRule)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxOperatorTableUpdatedIterator{contract: _IParleyInbox.contract, event: "OperatorTableUpdated", logs: logs, sub: sub}, nil
}

// WatchOperatorTableUpdated is a free log subscription operation binding the contract event 0x512e51ada64fdd5f10b3f5c0d8fffd823612c4e2151f94c9cb3d527d85228eac.
//
// Solidity: event OperatorTableUpdated(uint64 indexed version, uint32 operators, uint32 rejected)
func (_IParleyInbox *IParleyInboxFilterer) WatchOperatorTableUpdated(opts *bind.WatchOpts, sink chan<- *IParleyInboxOperatorTableUpdated, version []uint64) (event.Subscription, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}

	logs, sub, err := _IParleyInbox.contract.WatchLogs(opts, "OperatorTableUpdated", versionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IParleyInboxOperatorTableUpdated)
				if err := _IParleyInbox.contract.UnpackLog(event, "OperatorTableUpdated", log); err != nil {
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

// ParseOperatorTableUpdated is a log parse operation binding the contract event 0x512e51ada64fdd5f10b3f5c0d8fffd823612c4e2151f94c9cb3d527d85228eac.
//
// Solidity: event OperatorTableUpdated(uint64 indexed version, uint32 operators, uint32 rejected)
func (_IParleyInbox *IParleyInboxFilterer) ParseOperatorTableUpdated(log types.Log) (*IParleyInboxOperatorTableUpdated, error) {
	event := new(IParleyInboxOperatorTableUpdated)
	if err := _IParleyInbox.contract.UnpackLog(event, "OperatorTableUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IParleyInboxRangeCertifiedIterator is returned from FilterRangeCertified and is used to iterate over the raw logs and unpacked data for RangeCertified events raised by the IParleyInbox contract.
type IParleyInboxRangeCertifiedIterator struct {
	Event *IParleyInboxRangeCertified // Event containing the contract specifics and raw log

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
func (it *IParleyInboxRangeCertifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IParleyInboxRangeCertified)
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
		it.Event = new(IParleyInboxRangeCertified)
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
func (it *IParleyInboxRangeCertifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IParleyInboxRangeCertifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IParleyInboxRangeCertified represents a RangeCertified event raised by the IParleyInbox contract.
type IParleyInboxRangeCertified struct {
	ChainId       *big.Int
	FromBlock     uint64
	ToBlock       uint64
	LastBlockHash [32]byte
	MessageRoot   [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterRangeCertified is a free log retrieval operation binding the contract event 0xf7823735db842f8c84229503b22249a8a518ce5a84788c7e26a6bbfee60e1f2a.
//
// Solidity: event RangeCertified(uint256 indexed chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
func (_IParleyInbox *IParleyInboxFilterer) FilterRangeCertified(opts *bind.FilterOpts, chainId []*big.Int) (*IParleyInboxRangeCertifiedIterator, error) {

	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}

	logs, sub, err := _IParleyInbox.contract.FilterLogs(opts, "RangeCertified", chainIdRule)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxRangeCertifiedIterator{contract: _IParleyInbox.contract, event: "RangeCertified", logs: logs, sub: sub}, nil
}

// WatchRangeCertified is a free log subscription operation binding the contract event 0xf7823735db842f8c84229503b22249a8a518ce5a84788c7e26a6bbfee60e1f2a.
//
// Solidity: event RangeCertified(uint256 indexed chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
func (_IParleyInbox *IParleyInboxFilterer) WatchRangeCertified(opts *bind.WatchOpts, sink chan<- *IParleyInboxRangeCertified, chainId []*big.Int) (event.Subscription, error) {

	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}

	logs, sub, err := _IParleyInbox.contract.WatchLogs(opts, "RangeCertified", chainIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IParleyInboxRangeCertified)
				if err := _IParleyInbox.contract.UnpackLog(event, "RangeCertified", log); err != nil {
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

// ParseRangeCertified is a log parse operation binding the contract event 0xf7823735db842f8c84229503b22249a8a518ce5a84788c7e26a6bbfee60e1f2a.
//
// Solidity: event RangeCertified(uint256 indexed chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
func (_IParleyInbox *IParleyInboxFilterer) ParseRangeCertified(log types.Log) (*IParleyInboxRangeCertified, error) {
	event := new(IParleyInboxRangeCertified)
	if err := _IParleyInbox.contract.UnpackLog(event, "RangeCertified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// InboxProbeMetaData contains all meta data concerning the InboxProbe contract.
var InboxProbeMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"PARLEY_INBOX\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callInbox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callTarget\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callcodeInbox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callcodeTarget\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"delegatecallInbox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"delegatecallTarget\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"staticcallInbox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"staticcallTarget\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"staticcallView\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"validate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"validateTyped\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"name\":\"Probed\",\"type\":\"event\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061092e8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80637fbf43b311610088578063ac34daa811610063578063ac34daa8146101a3578063b002fba9146101b6578063cd463f75146101c9578063d44cfba1146101eb575f5ffd5b80637fbf43b31461016a5780639966b41c1461017d578063a979551f14610190575f5ffd5b80631022211e146100cf57806319c20870146100e4578063276120ae146100f75780634a74ee411461012157806353b82bfc146101345780636615774814610147575b5f5ffd5b6100e26100dd3660046106eb565b6101fe565b005b6100e26100f23660046106eb565b6102b1565b61010a610105366004610763565b610324565b6040516101189291906107b2565b60405180910390f35b61010a61012f3660046107f0565b6103c1565b61010a6101423660046107f0565b6103de565b61015a6101553660046106eb565b6103ef565b6040519015158152602001610118565b61010a6101783660046107f0565b610465565b61010a61018b366004610763565b610476565b61010a61019e366004610763565b6104dd565b61010a6101b1366004610763565b610582565b61010a6101c4366004610763565b61060f565b6101d3620a7e5781565b6040516001600160a01b039091168152602001610118565b61010a6101f93660046107f0565b61069c565b5f5f620a7e576001600160a01b031686868686604051602401610224949392919061082f565b60408051601f198184030181529181526020820180516001600160e01b0316630acc754160e01b1790525161025991906108ab565b5f604051808303815f865af19150503d805f8114610292576040519150601f19603f3d011682016040523d82523d5f602084013e610297565b606091505b5091509150816102a957805160208201fd5b505050505050565b604051630acc754160e01b8152620a7e5790630acc7541906102dd90879087908790879060040161082f565b6020604051808303815f875af11580156102f9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061031d91906108c1565b5050505050565b5f6060846001600160a01b031684846040516103419291906108d8565b5f60405180830381855af49150503d805f8114610379576040519150601f19603f3d011682016040523d82523d5f602084013e61037e565b606091505b508092508193505050846001600160a01b031660025f51602061090e5f395f51905f5284846040516103b19291906107b2565b60405180910390a3935093915050565b5f60606103d2620a7e5785856104dd565b915091505b9250929050565b5f60606103d2620a7e578585610582565b60405163db10158960e01b81525f90620a7e579063db1015899061041d90889088908890889060040161082f565b602060405180830381865afa158015610438573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045c91906108e7565b95945050505050565b5f60606103d2620a7e57858561060f565b5f6060846001600160a01b031684846040516104939291906108d8565b5f60405180830381855afa9150503d805f81146104cb576040519150601f19603f3d011682016040523d82523d5f602084013e6104d0565b606091505b5090969095509350505050565b5f60605f84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525084519495509384935091505060208401828a5af2925060405191503d82523d5f602084013e601f19601f3d01166020830101604052856001600160a01b031660035f51602061090e5f395f51905f5285856040516105719291906107b2565b60405180910390a350935093915050565b5f6060846001600160a01b0316848460405161059f9291906108d8565b5f60405180830381855afa9150503d805f81146105d7576040519150601f19603f3d011682016040523d82523d5f602084013e6105dc565b606091505b508092508193505050846001600160a01b031660015f51602061090e5f395f51905f5284846040516103b19291906107b2565b5f6060846001600160a01b0316848460405161062c9291906108d8565b5f604051808303815f865af19150503d805f8114610665576040519150601f19603f3d011682016040523d82523d5f602084013e61066a565b606091505b508092508193505050846001600160a01b03165f5f51602061090e5f395f51905f5284846040516103b19291906107b2565b5f60606103d2620a7e578585610324565b5f5f83601f8401126106bd575f5ffd5b50813567ffffffffffffffff8111156106d4575f5ffd5b6020830191508360208285010111156103d7575f5ffd5b5f5f5f5f84860360e08112156106ff575f5ffd5b60a081121561070c575f5ffd5b5084935060a0850135925060c085013567ffffffffffffffff811115610730575f5ffd5b61073c878288016106ad565b95989497509550505050565b80356001600160a01b038116811461075e575f5ffd5b919050565b5f5f5f60408486031215610775575f5ffd5b61077e84610748565b9250602084013567ffffffffffffffff811115610799575f5ffd5b6107a5868287016106ad565b9497909650939450505050565b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f5f60208385031215610801575f5ffd5b823567ffffffffffffffff811115610817575f5ffd5b610823858286016106ad565b90969095509350505050565b6001600160a01b0361084086610748565b1681526020858101359082015260408086013590820152606080860135908201526080808601359082015260a0810184905260e060c0820181905281018290525f82846101008401375f6101008484010152610100601f19601f850116830101905095945050505050565b5f82518060208501845e5f920191825250919050565b5f602082840312156108d1575f5ffd5b5051919050565b818382375f9101908152919050565b5f602082840312156108f7575f5ffd5b81518015158114610906575f5ffd5b939250505056fe7d8c5a34b2f72bf8107c6a9c8e179f20759237b1503f4254d57e5dbab9575ce2",
}

// InboxProbeABI is the input ABI used to generate the binding from.
// Deprecated: Use InboxProbeMetaData.ABI instead.
var InboxProbeABI = InboxProbeMetaData.ABI

// InboxProbeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use InboxProbeMetaData.Bin instead.
var InboxProbeBin = InboxProbeMetaData.Bin

// DeployInboxProbe deploys a new Ethereum contract, binding an instance of InboxProbe to it.
func DeployInboxProbe(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *InboxProbe, error) {
	parsed, err := InboxProbeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(InboxProbeBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &InboxProbe{InboxProbeCaller: InboxProbeCaller{contract: contract}, InboxProbeTransactor: InboxProbeTransactor{contract: contract}, InboxProbeFilterer: InboxProbeFilterer{contract: contract}}, nil
}

// InboxProbe is an auto generated Go binding around an Ethereum contract.
type InboxProbe struct {
	InboxProbeCaller     // Read-only binding to the contract
	InboxProbeTransactor // Write-only binding to the contract
	InboxProbeFilterer   // Log filterer for contract events
}

// InboxProbeCaller is an auto generated read-only Go binding around an Ethereum contract.
type InboxProbeCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// InboxProbeTransactor is an auto generated write-only Go binding around an Ethereum contract.
type InboxProbeTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// InboxProbeFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type InboxProbeFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// InboxProbeSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type InboxProbeSession struct {
	Contract     *InboxProbe       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// InboxProbeCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type InboxProbeCallerSession struct {
	Contract *InboxProbeCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// InboxProbeTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type InboxProbeTransactorSession struct {
	Contract     *InboxProbeTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// InboxProbeRaw is an auto generated low-level Go binding around an Ethereum contract.
type InboxProbeRaw struct {
	Contract *InboxProbe // Generic contract binding to access the raw methods on
}

// InboxProbeCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type InboxProbeCallerRaw struct {
	Contract *InboxProbeCaller // Generic read-only contract binding to access the raw methods on
}

// InboxProbeTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type InboxProbeTransactorRaw struct {
	Contract *InboxProbeTransactor // Generic write-only contract binding to access the raw methods on
}

// NewInboxProbe creates a new instance of InboxProbe, bound to a specific deployed contract.
func NewInboxProbe(address common.Address, backend bind.ContractBackend) (*InboxProbe, error) {
	contract, err := bindInboxProbe(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &InboxProbe{InboxProbeCaller: InboxProbeCaller{contract: contract}, InboxProbeTransactor: InboxProbeTransactor{contract: contract}, InboxProbeFilterer: InboxProbeFilterer{contract: contract}}, nil
}

// NewInboxProbeCaller creates a new read-only instance of InboxProbe, bound to a specific deployed contract.
func NewInboxProbeCaller(address common.Address, caller bind.ContractCaller) (*InboxProbeCaller, error) {
	contract, err := bindInboxProbe(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &InboxProbeCaller{contract: contract}, nil
}

// NewInboxProbeTransactor creates a new write-only instance of InboxProbe, bound to a specific deployed contract.
func NewInboxProbeTransactor(address common.Address, transactor bind.ContractTransactor) (*InboxProbeTransactor, error) {
	contract, err := bindInboxProbe(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &InboxProbeTransactor{contract: contract}, nil
}

// NewInboxProbeFilterer creates a new log filterer instance of InboxProbe, bound to a specific deployed contract.
func NewInboxProbeFilterer(address common.Address, filterer bind.ContractFilterer) (*InboxProbeFilterer, error) {
	contract, err := bindInboxProbe(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &InboxProbeFilterer{contract: contract}, nil
}

// bindInboxProbe binds a generic wrapper to an already deployed contract.
func bindInboxProbe(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := InboxProbeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_InboxProbe *InboxProbeRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _InboxProbe.Contract.InboxProbeCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_InboxProbe *InboxProbeRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _InboxProbe.Contract.InboxProbeTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_InboxProbe *InboxProbeRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _InboxProbe.Contract.InboxProbeTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_InboxProbe *InboxProbeCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _InboxProbe.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_InboxProbe *InboxProbeTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _InboxProbe.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_InboxProbe *InboxProbeTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _InboxProbe.Contract.contract.Transact(opts, method, params...)
}

// PARLEYINBOX is a free data retrieval call binding the contract method 0xcd463f75.
//
// Solidity: function PARLEY_INBOX() view returns(address)
func (_InboxProbe *InboxProbeCaller) PARLEYINBOX(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _InboxProbe.contract.Call(opts, &out, "PARLEY_INBOX")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PARLEYINBOX is a free data retrieval call binding the contract method 0xcd463f75.
//
// Solidity: function PARLEY_INBOX() view returns(address)
func (_InboxProbe *InboxProbeSession) PARLEYINBOX() (common.Address, error) {
	return _InboxProbe.Contract.PARLEYINBOX(&_InboxProbe.CallOpts)
}

// PARLEYINBOX is a free data retrieval call binding the contract method 0xcd463f75.
//
// Solidity: function PARLEY_INBOX() view returns(address)
func (_InboxProbe *InboxProbeCallerSession) PARLEYINBOX() (common.Address, error) {
	return _InboxProbe.Contract.PARLEYINBOX(&_InboxProbe.CallOpts)
}

// IsValid is a free data retrieval call binding the contract method 0x66157748.
//
// Solidity: function isValid((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) view returns(bool)
func (_InboxProbe *InboxProbeCaller) IsValid(opts *bind.CallOpts, id Identifier, msgHash [32]byte, proof []byte) (bool, error) {
	var out []interface{}
	err := _InboxProbe.contract.Call(opts, &out, "isValid", id, msgHash, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValid is a free data retrieval call binding the contract method 0x66157748.
//
// Solidity: function isValid((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) view returns(bool)
func (_InboxProbe *InboxProbeSession) IsValid(id Identifier, msgHash [32]byte, proof []byte) (bool, error) {
	return _InboxProbe.Contract.IsValid(&_InboxProbe.CallOpts, id, msgHash, proof)
}

// IsValid is a free data retrieval call binding the contract method 0x66157748.
//
// Solidity: function isValid((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) view returns(bool)
func (_InboxProbe *InboxProbeCallerSession) IsValid(id Identifier, msgHash [32]byte, proof []byte) (bool, error) {
	return _InboxProbe.Contract.IsValid(&_InboxProbe.CallOpts, id, msgHash, proof)
}

// StaticcallView is a free data retrieval call binding the contract method 0x9966b41c.
//
// Solidity: function staticcallView(address target, bytes data) view returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeCaller) StaticcallView(opts *bind.CallOpts, target common.Address, data []byte) (struct {
	Ok  bool
	Ret []byte
}, error) {
	var out []interface{}
	err := _InboxProbe.contract.Call(opts, &out, "staticcallView", target, data)

	outstruct := new(struct {
		Ok  bool
		Ret []byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Ret = *abi.ConvertType(out[1], new([]byte)).(*[]byte)

	return *outstruct, err

}

// StaticcallView is a free data retrieval call binding the contract method 0x9966b41c.
//
// Solidity: function staticcallView(address target, bytes data) view returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) StaticcallView(target common.Address, data []byte) (struct {
	Ok  bool
	Ret []byte
}, error) {
	return _InboxProbe.Contract.StaticcallView(&_InboxProbe.CallOpts, target, data)
}

// StaticcallView is a free data retrieval call binding the contract method 0x9966b41c.
//
// Solidity: function staticcallView(address target, bytes data) view returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeCallerSession) StaticcallView(target common.Address, data []byte) (struct {
	Ok  bool
	Ret []byte
}, error) {
	return _InboxProbe.Contract.StaticcallView(&_InboxProbe.CallOpts, target, data)
}

// CallInbox is a paid mutator transaction binding the contract method 0x7fbf43b3.
//
// Solidity: function callInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) CallInbox(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "callInbox", data)
}

// CallInbox is a paid mutator transaction binding the contract method 0x7fbf43b3.
//
// Solidity: function callInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) CallInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallInbox(&_InboxProbe.TransactOpts, data)
}

// CallInbox is a paid mutator transaction binding the contract method 0x7fbf43b3.
//
// Solidity: function callInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) CallInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallInbox(&_InboxProbe.TransactOpts, data)
}

// CallTarget is a paid mutator transaction binding the contract method 0xb002fba9.
//
// Solidity: function callTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) CallTarget(opts *bind.TransactOpts, target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "callTarget", target, data)
}

// CallTarget is a paid mutator transaction binding the contract method 0xb002fba9.
//
// Solidity: function callTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) CallTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallTarget(&_InboxProbe.TransactOpts, target, data)
}

// CallTarget is a paid mutator transaction binding the contract method 0xb002fba9.
//
// Solidity: function callTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) CallTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallTarget(&_InboxProbe.TransactOpts, target, data)
}

// CallcodeInbox is a paid mutator transaction binding the contract method 0x4a74ee41.
//
// Solidity: function callcodeInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) CallcodeInbox(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "callcodeInbox", data)
}

// CallcodeInbox is a paid mutator transaction binding the contract method 0x4a74ee41.
//
// Solidity: function callcodeInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) CallcodeInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallcodeInbox(&_InboxProbe.TransactOpts, data)
}

// CallcodeInbox is a paid mutator transaction binding the contract method 0x4a74ee41.
//
// Solidity: function callcodeInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) CallcodeInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallcodeInbox(&_InboxProbe.TransactOpts, data)
}

// CallcodeTarget is a paid mutator transaction binding the contract method 0xa979551f.
//
// Solidity: function callcodeTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) CallcodeTarget(opts *bind.TransactOpts, target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "callcodeTarget", target, data)
}

// CallcodeTarget is a paid mutator transaction binding the contract method 0xa979551f.
//
// Solidity: function callcodeTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) CallcodeTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallcodeTarget(&_InboxProbe.TransactOpts, target, data)
}

// CallcodeTarget is a paid mutator transaction binding the contract method 0xa979551f.
//
// Solidity: function callcodeTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) CallcodeTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.CallcodeTarget(&_InboxProbe.TransactOpts, target, data)
}

// DelegatecallInbox is a paid mutator transaction binding the contract method 0xd44cfba1.
//
// Solidity: function delegatecallInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) DelegatecallInbox(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "delegatecallInbox", data)
}

// DelegatecallInbox is a paid mutator transaction binding the contract method 0xd44cfba1.
//
// Solidity: function delegatecallInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) DelegatecallInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.DelegatecallInbox(&_InboxProbe.TransactOpts, data)
}

// DelegatecallInbox is a paid mutator transaction binding the contract method 0xd44cfba1.
//
// Solidity: function delegatecallInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) DelegatecallInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.DelegatecallInbox(&_InboxProbe.TransactOpts, data)
}

// DelegatecallTarget is a paid mutator transaction binding the contract method 0x276120ae.
//
// Solidity: function delegatecallTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) DelegatecallTarget(opts *bind.TransactOpts, target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "delegatecallTarget", target, data)
}

// DelegatecallTarget is a paid mutator transaction binding the contract method 0x276120ae.
//
// Solidity: function delegatecallTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) DelegatecallTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.DelegatecallTarget(&_InboxProbe.TransactOpts, target, data)
}

// DelegatecallTarget is a paid mutator transaction binding the contract method 0x276120ae.
//
// Solidity: function delegatecallTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) DelegatecallTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.DelegatecallTarget(&_InboxProbe.TransactOpts, target, data)
}

// StaticcallInbox is a paid mutator transaction binding the contract method 0x53b82bfc.
//
// Solidity: function staticcallInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) StaticcallInbox(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "staticcallInbox", data)
}

// StaticcallInbox is a paid mutator transaction binding the contract method 0x53b82bfc.
//
// Solidity: function staticcallInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) StaticcallInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.StaticcallInbox(&_InboxProbe.TransactOpts, data)
}

// StaticcallInbox is a paid mutator transaction binding the contract method 0x53b82bfc.
//
// Solidity: function staticcallInbox(bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) StaticcallInbox(data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.StaticcallInbox(&_InboxProbe.TransactOpts, data)
}

// StaticcallTarget is a paid mutator transaction binding the contract method 0xac34daa8.
//
// Solidity: function staticcallTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactor) StaticcallTarget(opts *bind.TransactOpts, target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "staticcallTarget", target, data)
}

// StaticcallTarget is a paid mutator transaction binding the contract method 0xac34daa8.
//
// Solidity: function staticcallTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeSession) StaticcallTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.StaticcallTarget(&_InboxProbe.TransactOpts, target, data)
}

// StaticcallTarget is a paid mutator transaction binding the contract method 0xac34daa8.
//
// Solidity: function staticcallTarget(address target, bytes data) returns(bool ok, bytes ret)
func (_InboxProbe *InboxProbeTransactorSession) StaticcallTarget(target common.Address, data []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.StaticcallTarget(&_InboxProbe.TransactOpts, target, data)
}

// Validate is a paid mutator transaction binding the contract method 0x1022211e.
//
// Solidity: function validate((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns()
func (_InboxProbe *InboxProbeTransactor) Validate(opts *bind.TransactOpts, id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "validate", id, msgHash, proof)
}

// Validate is a paid mutator transaction binding the contract method 0x1022211e.
//
// Solidity: function validate((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns()
func (_InboxProbe *InboxProbeSession) Validate(id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.Validate(&_InboxProbe.TransactOpts, id, msgHash, proof)
}

// Validate is a paid mutator transaction binding the contract method 0x1022211e.
//
// Solidity: function validate((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns()
func (_InboxProbe *InboxProbeTransactorSession) Validate(id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.Validate(&_InboxProbe.TransactOpts, id, msgHash, proof)
}

// ValidateTyped is a paid mutator transaction binding the contract method 0x19c20870.
//
// Solidity: function validateTyped((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns()
func (_InboxProbe *InboxProbeTransactor) ValidateTyped(opts *bind.TransactOpts, id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _InboxProbe.contract.Transact(opts, "validateTyped", id, msgHash, proof)
}

// ValidateTyped is a paid mutator transaction binding the contract method 0x19c20870.
//
// Solidity: function validateTyped((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns()
func (_InboxProbe *InboxProbeSession) ValidateTyped(id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.ValidateTyped(&_InboxProbe.TransactOpts, id, msgHash, proof)
}

// ValidateTyped is a paid mutator transaction binding the contract method 0x19c20870.
//
// Solidity: function validateTyped((address,uint256,uint256,uint256,uint256) id, bytes32 msgHash, bytes proof) returns()
func (_InboxProbe *InboxProbeTransactorSession) ValidateTyped(id Identifier, msgHash [32]byte, proof []byte) (*types.Transaction, error) {
	return _InboxProbe.Contract.ValidateTyped(&_InboxProbe.TransactOpts, id, msgHash, proof)
}

// InboxProbeProbedIterator is returned from FilterProbed and is used to iterate over the raw logs and unpacked data for Probed events raised by the InboxProbe contract.
type InboxProbeProbedIterator struct {
	Event *InboxProbeProbed // Event containing the contract specifics and raw log

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
func (it *InboxProbeProbedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(InboxProbeProbed)
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
		it.Event = new(InboxProbeProbed)
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
func (it *InboxProbeProbedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *InboxProbeProbedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// InboxProbeProbed represents a Probed event raised by the InboxProbe contract.
type InboxProbeProbed struct {
	Kind   uint8
	Target common.Address
	Ok     bool
	Ret    []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterProbed is a free log retrieval operation binding the contract event 0x7d8c5a34b2f72bf8107c6a9c8e179f20759237b1503f4254d57e5dbab9575ce2.
//
// Solidity: event Probed(uint8 indexed kind, address indexed target, bool ok, bytes ret)
func (_InboxProbe *InboxProbeFilterer) FilterProbed(opts *bind.FilterOpts, kind []uint8, target []common.Address) (*InboxProbeProbedIterator, error) {

	var kindRule []interface{}
	for _, kindItem := range kind {
		kindRule = append(kindRule, kindItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _InboxProbe.contract.FilterLogs(opts, "Probed", kindRule, targetRule)
	if err != nil {
		return nil, err
	}
	return &InboxProbeProbedIterator{contract: _InboxProbe.contract, event: "Probed", logs: logs, sub: sub}, nil
}

// WatchProbed is a free log subscription operation binding the contract event 0x7d8c5a34b2f72bf8107c6a9c8e179f20759237b1503f4254d57e5dbab9575ce2.
//
// Solidity: event Probed(uint8 indexed kind, address indexed target, bool ok, bytes ret)
func (_InboxProbe *InboxProbeFilterer) WatchProbed(opts *bind.WatchOpts, sink chan<- *InboxProbeProbed, kind []uint8, target []common.Address) (event.Subscription, error) {

	var kindRule []interface{}
	for _, kindItem := range kind {
		kindRule = append(kindRule, kindItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _InboxProbe.contract.WatchLogs(opts, "Probed", kindRule, targetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(InboxProbeProbed)
				if err := _InboxProbe.contract.UnpackLog(event, "Probed", log); err != nil {
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

// ParseProbed is a log parse operation binding the contract event 0x7d8c5a34b2f72bf8107c6a9c8e179f20759237b1503f4254d57e5dbab9575ce2.
//
// Solidity: event Probed(uint8 indexed kind, address indexed target, bool ok, bytes ret)
func (_InboxProbe *InboxProbeFilterer) ParseProbed(log types.Log) (*InboxProbeProbed, error) {
	event := new(InboxProbeProbed)
	if err := _InboxProbe.contract.UnpackLog(event, "Probed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyCertificateInboxMetaData contains all meta data concerning the ParleyCertificateInbox contract.
var ParleyCertificateInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"MAX_CERTIFICATE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"CertificatePosted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"CertificateTooLarge\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506101778061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063b86e4fdf14610038578063baf9b36914610054575b5f5ffd5b6100426202032081565b60405190815260200160405180910390f35b6100676100623660046100db565b610069565b005b6202032081111561009457604051635ada0ca960e01b81526004810182905260240160405180910390fd5b336001600160a01b03167f8feec4d31294a3c0357c57b27eacd25a464aeea68c51bc5501e6b49ba25c9a6a83836040516100cf929190610149565b60405180910390a25050565b5f5f602083850312156100ec575f5ffd5b823567ffffffffffffffff811115610102575f5ffd5b8301601f81018513610112575f5ffd5b803567ffffffffffffffff811115610128575f5ffd5b856020828401011115610139575f5ffd5b6020919091019590945092505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056",
}

// ParleyCertificateInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleyCertificateInboxMetaData.ABI instead.
var ParleyCertificateInboxABI = ParleyCertificateInboxMetaData.ABI

// ParleyCertificateInboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleyCertificateInboxMetaData.Bin instead.
var ParleyCertificateInboxBin = ParleyCertificateInboxMetaData.Bin

// DeployParleyCertificateInbox deploys a new Ethereum contract, binding an instance of ParleyCertificateInbox to it.
func DeployParleyCertificateInbox(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ParleyCertificateInbox, error) {
	parsed, err := ParleyCertificateInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleyCertificateInboxBin), backend)
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
	Submitter   common.Address
	Certificate []byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterCertificatePosted is a free log retrieval operation binding the contract event 0x8feec4d31294a3c0357c57b27eacd25a464aeea68c51bc5501e6b49ba25c9a6a.
//
// Solidity: event CertificatePosted(address indexed submitter, bytes certificate)
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

// WatchCertificatePosted is a free log subscription operation binding the contract event 0x8feec4d31294a3c0357c57b27eacd25a464aeea68c51bc5501e6b49ba25c9a6a.
//
// Solidity: event CertificatePosted(address indexed submitter, bytes certificate)
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

// ParseCertificatePosted is a log parse operation binding the contract event 0x8feec4d31294a3c0357c57b27eacd25a464aeea68c51bc5501e6b49ba25c9a6a.
//
// Solidity: event CertificatePosted(address indexed submitter, bytes certificate)
func (_ParleyCertificateInbox *ParleyCertificateInboxFilterer) ParseCertificatePosted(log types.Log) (*ParleyCertificateInboxCertificatePosted, error) {
	event := new(ParleyCertificateInboxCertificatePosted)
	if err := _ParleyCertificateInbox.contract.UnpackLog(event, "CertificatePosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyMessengerMetaData contains all meta data concerning the ParleyMessenger contract.
var ParleyMessengerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"PARLEY_INBOX\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"crossDomainMessageSender\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"crossDomainMessageSource\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"source\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"destination\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"source\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"hashMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"messageNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sentMessage\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"relayMessage\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"returnData\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"destination\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"sendMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"messageHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"successfulMessages\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"source\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"messageNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"messageHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"returnDataHash\",\"type\":\"bytes32\"}],\"name\":\"RelayedMessage\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"destination\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"messageNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"SentMessage\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"EventPayloadNotSentMessage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdOriginNotMessenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MessageAlreadyRelayed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MessageDestinationNotRelayChain\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MessageDestinationSameChain\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MessageTargetMessenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEntered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"returnData\",\"type\":\"bytes\"}],\"name\":\"TargetCallFailed\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610b848061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063b1b1b20911610058578063b1b1b209146100ea578063cd463f751461011c578063db75aead14610126578063ecc7042814610146575f5ffd5b806324794462146100895780632a191bc1146100a457806338ffde18146100b75780637056f41f146100d7575b5f5ffd5b61009161014e565b6040519081526020015b60405180910390f35b6100916100b2366004610758565b61017d565b6100bf6101bb565b6040516001600160a01b03909116815260200161009b565b6100916100e5366004610816565b6101ea565b61010c6100f836600461086e565b60016020525f908152604090205460ff1681565b604051901515815260200161009b565b6100bf620a7e5781565b610139610134366004610885565b6102dd565b60405161009b919061093a565b6100915f5481565b5f61015761060c565b507fec7073eafdbee2b07e475b552d598e935f6425496831ebc22a02e0ab9a8da88b5c90565b5f86868686868660405160200161019996959493929190610953565b6040516020818303038152906040528051906020012090509695505050505050565b5f6101c461060c565b507fdf597a10249e1bb3da069049de1913a5f7f8e8eea104afbbaf3c9ff22cd3d3675c90565b5f46850361020b57604051638ed9a95d60e01b815260040160405180910390fd5b306001600160a01b038516036102345760405163913cba7560e01b815260040160405180910390fd5b5f805481806102428361099e565b91905055905061028b864683338989898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061017d92505050565b915080856001600160a01b0316877f382409ac69001e11931a28435afef442cbfd20d9891907e8fa373ba7d351f3203388886040516102cc939291906109ea565b60405180910390a450949350505050565b60607f0a9396e18451c69e9bf9759bb7de985f225cb900bb79353d3905cecc2e2da339805c8015610321576040516306fda65d60e31b815260040160405180910390fd5b6001825d3061033360208a018a610a17565b6001600160a01b03161461035a5760405163321e0eed60e01b815260040160405180910390fd5b620a7e576001600160a01b0316630acc754189898960405161037d929190610a32565b6040519081900381206001600160e01b031960e085901b1682526103a892918a908a90600401610a41565b6020604051808303815f875af11580156103c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103e89190610aa7565b50608086101561040b57604051636f8f5ac360e11b815260040160405180910390fd5b5f80808061041c6080828c8e610abe565b8101906104299190610ae5565b93509350935093507f382409ac69001e11931a28435afef442cbfd20d9891907e8fa373ba7d351f320841461047157604051636f8f5ac360e11b815260040160405180910390fd5b468314610491576040516331ac221160e01b815260040160405180910390fd5b5f5f8c8c60809080926104a693929190610abe565b8101906104b39190610b21565b909250905060808e01355f6104cc878387878a8861017d565b5f8181526001602052604090205490915060ff16156104fe57604051639ca9480b60e01b815260040160405180910390fd5b5f818152600160208190526040909120805460ff191690911790556105238483610654565b5f866001600160a01b03168460405161053c9190610b6e565b5f604051808303815f865af19150503d805f8114610575576040519150601f19603f3d011682016040523d82523d5f602084013e61057a565b606091505b509c5090506105895f80610654565b806105b2578b60405163549964bd60e11b81526004016105a9919061093a565b60405180910390fd5b8186847fc270d73e26d2d39dee7ef92093555927e344e243415547ecc350b2b5385b68a28f805190602001206040516105ed91815260200190565b60405180910390a45050505050505050505f825d505095945050505050565b7f0a9396e18451c69e9bf9759bb7de985f225cb900bb79353d3905cecc2e2da339805c5f81900361065057604051635e51ad7b60e11b815260040160405180910390fd5b5050565b7fdf597a10249e1bb3da069049de1913a5f7f8e8eea104afbbaf3c9ff22cd3d3677fec7073eafdbee2b07e475b552d598e935f6425496831ebc22a02e0ab9a8da88b83825d82815d50505050565b6001600160a01b03811681146106b6575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126106dc575f5ffd5b813567ffffffffffffffff8111156106f6576106f66106b9565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610725576107256106b9565b60405281815283820160200185101561073c575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f5f60c0878903121561076d575f5ffd5b863595506020870135945060408701359350606087013561078d816106a2565b9250608087013561079d816106a2565b915060a087013567ffffffffffffffff8111156107b8575f5ffd5b6107c489828a016106cd565b9150509295509295509295565b5f5f83601f8401126107e1575f5ffd5b50813567ffffffffffffffff8111156107f8575f5ffd5b60208301915083602082850101111561080f575f5ffd5b9250929050565b5f5f5f5f60608587031215610829575f5ffd5b84359350602085013561083b816106a2565b9250604085013567ffffffffffffffff811115610856575f5ffd5b610862878288016107d1565b95989497509550505050565b5f6020828403121561087e575f5ffd5b5035919050565b5f5f5f5f5f85870360e081121561089a575f5ffd5b60a08112156108a7575f5ffd5b5085945060a086013567ffffffffffffffff8111156108c4575f5ffd5b6108d0888289016107d1565b90955093505060c086013567ffffffffffffffff8111156108ef575f5ffd5b6108fb888289016107d1565b969995985093965092949392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61094c602083018461090c565b9392505050565b86815260208101869052604081018590526001600160a01b0384811660608301528316608082015260c060a082018190525f906109929083018461090c565b98975050505050505050565b5f600182016109bb57634e487b7160e01b5f52601160045260245ffd5b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03841681526040602082018190525f90610a0e90830184866109c2565b95945050505050565b5f60208284031215610a27575f5ffd5b813561094c816106a2565b818382375f9101908152919050565b5f8535610a4d816106a2565b6001600160a01b031682526020868101359083015260408087013590830152606080870135908301526080808701359083015260a0820185905260e060c08301819052610a9d90830184866109c2565b9695505050505050565b5f60208284031215610ab7575f5ffd5b5051919050565b5f5f85851115610acc575f5ffd5b83861115610ad8575f5ffd5b5050820193919092039150565b5f5f5f5f60808587031215610af8575f5ffd5b84359350602085013592506040850135610b11816106a2565b9396929550929360600135925050565b5f5f60408385031215610b32575f5ffd5b8235610b3d816106a2565b9150602083013567ffffffffffffffff811115610b58575f5ffd5b610b64858286016106cd565b9150509250929050565b5f82518060208501845e5f92019182525091905056",
}

// ParleyMessengerABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleyMessengerMetaData.ABI instead.
var ParleyMessengerABI = ParleyMessengerMetaData.ABI

// ParleyMessengerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleyMessengerMetaData.Bin instead.
var ParleyMessengerBin = ParleyMessengerMetaData.Bin

// DeployParleyMessenger deploys a new Ethereum contract, binding an instance of ParleyMessenger to it.
func DeployParleyMessenger(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ParleyMessenger, error) {
	parsed, err := ParleyMessengerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleyMessengerBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ParleyMessenger{ParleyMessengerCaller: ParleyMessengerCaller{contract: contract}, ParleyMessengerTransactor: ParleyMessengerTransactor{contract: contract}, ParleyMessengerFilterer: ParleyMessengerFilterer{contract: contract}}, nil
}

// ParleyMessenger is an auto generated Go binding around an Ethereum contract.
type ParleyMessenger struct {
	ParleyMessengerCaller     // Read-only binding to the contract
	ParleyMessengerTransactor // Write-only binding to the contract
	ParleyMessengerFilterer   // Log filterer for contract events
}

// ParleyMessengerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ParleyMessengerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyMessengerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ParleyMessengerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyMessengerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ParleyMessengerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyMessengerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ParleyMessengerSession struct {
	Contract     *ParleyMessenger  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ParleyMessengerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ParleyMessengerCallerSession struct {
	Contract *ParleyMessengerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ParleyMessengerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ParleyMessengerTransactorSession struct {
	Contract     *ParleyMessengerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ParleyMessengerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ParleyMessengerRaw struct {
	Contract *ParleyMessenger // Generic contract binding to access the raw methods on
}

// ParleyMessengerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ParleyMessengerCallerRaw struct {
	Contract *ParleyMessengerCaller // Generic read-only contract binding to access the raw methods on
}

// ParleyMessengerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ParleyMessengerTransactorRaw struct {
	Contract *ParleyMessengerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewParleyMessenger creates a new instance of ParleyMessenger, bound to a specific deployed contract.
func NewParleyMessenger(address common.Address, backend bind.ContractBackend) (*ParleyMessenger, error) {
	contract, err := bindParleyMessenger(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ParleyMessenger{ParleyMessengerCaller: ParleyMessengerCaller{contract: contract}, ParleyMessengerTransactor: ParleyMessengerTransactor{contract: contract}, ParleyMessengerFilterer: ParleyMessengerFilterer{contract: contract}}, nil
}

// NewParleyMessengerCaller creates a new read-only instance of ParleyMessenger, bound to a specific deployed contract.
func NewParleyMessengerCaller(address common.Address, caller bind.ContractCaller) (*ParleyMessengerCaller, error) {
	contract, err := bindParleyMessenger(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyMessengerCaller{contract: contract}, nil
}

// NewParleyMessengerTransactor creates a new write-only instance of ParleyMessenger, bound to a specific deployed contract.
func NewParleyMessengerTransactor(address common.Address, transactor bind.ContractTransactor) (*ParleyMessengerTransactor, error) {
	contract, err := bindParleyMessenger(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyMessengerTransactor{contract: contract}, nil
}

// NewParleyMessengerFilterer creates a new log filterer instance of ParleyMessenger, bound to a specific deployed contract.
func NewParleyMessengerFilterer(address common.Address, filterer bind.ContractFilterer) (*ParleyMessengerFilterer, error) {
	contract, err := bindParleyMessenger(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ParleyMessengerFilterer{contract: contract}, nil
}

// bindParleyMessenger binds a generic wrapper to an already deployed contract.
func bindParleyMessenger(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ParleyMessengerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyMessenger *ParleyMessengerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyMessenger.Contract.ParleyMessengerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyMessenger *ParleyMessengerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.ParleyMessengerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyMessenger *ParleyMessengerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.ParleyMessengerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyMessenger *ParleyMessengerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyMessenger.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyMessenger *ParleyMessengerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyMessenger *ParleyMessengerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.contract.Transact(opts, method, params...)
}

// PARLEYINBOX is a free data retrieval call binding the contract method 0xcd463f75.
//
// Solidity: function PARLEY_INBOX() view returns(address)
func (_ParleyMessenger *ParleyMessengerCaller) PARLEYINBOX(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyMessenger.contract.Call(opts, &out, "PARLEY_INBOX")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PARLEYINBOX is a free data retrieval call binding the contract method 0xcd463f75.
//
// Solidity: function PARLEY_INBOX() view returns(address)
func (_ParleyMessenger *ParleyMessengerSession) PARLEYINBOX() (common.Address, error) {
	return _ParleyMessenger.Contract.PARLEYINBOX(&_ParleyMessenger.CallOpts)
}

// PARLEYINBOX is a free data retrieval call binding the contract method 0xcd463f75.
//
// Solidity: function PARLEY_INBOX() view returns(address)
func (_ParleyMessenger *ParleyMessengerCallerSession) PARLEYINBOX() (common.Address, error) {
	return _ParleyMessenger.Contract.PARLEYINBOX(&_ParleyMessenger.CallOpts)
}

// CrossDomainMessageSender is a free data retrieval call binding the contract method 0x38ffde18.
//
// Solidity: function crossDomainMessageSender() view returns(address sender)
func (_ParleyMessenger *ParleyMessengerCaller) CrossDomainMessageSender(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyMessenger.contract.Call(opts, &out, "crossDomainMessageSender")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// CrossDomainMessageSender is a free data retrieval call binding the contract method 0x38ffde18.
//
// Solidity: function crossDomainMessageSender() view returns(address sender)
func (_ParleyMessenger *ParleyMessengerSession) CrossDomainMessageSender() (common.Address, error) {
	return _ParleyMessenger.Contract.CrossDomainMessageSender(&_ParleyMessenger.CallOpts)
}

// CrossDomainMessageSender is a free data retrieval call binding the contract method 0x38ffde18.
//
// Solidity: function crossDomainMessageSender() view returns(address sender)
func (_ParleyMessenger *ParleyMessengerCallerSession) CrossDomainMessageSender() (common.Address, error) {
	return _ParleyMessenger.Contract.CrossDomainMessageSender(&_ParleyMessenger.CallOpts)
}

// CrossDomainMessageSource is a free data retrieval call binding the contract method 0x24794462.
//
// Solidity: function crossDomainMessageSource() view returns(uint256 source)
func (_ParleyMessenger *ParleyMessengerCaller) CrossDomainMessageSource(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyMessenger.contract.Call(opts, &out, "crossDomainMessageSource")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CrossDomainMessageSource is a free data retrieval call binding the contract method 0x24794462.
//
// Solidity: function crossDomainMessageSource() view returns(uint256 source)
func (_ParleyMessenger *ParleyMessengerSession) CrossDomainMessageSource() (*big.Int, error) {
	return _ParleyMessenger.Contract.CrossDomainMessageSource(&_ParleyMessenger.CallOpts)
}

// CrossDomainMessageSource is a free data retrieval call binding the contract method 0x24794462.
//
// Solidity: function crossDomainMessageSource() view returns(uint256 source)
func (_ParleyMessenger *ParleyMessengerCallerSession) CrossDomainMessageSource() (*big.Int, error) {
	return _ParleyMessenger.Contract.CrossDomainMessageSource(&_ParleyMessenger.CallOpts)
}

// HashMessage is a free data retrieval call binding the contract method 0x2a191bc1.
//
// Solidity: function hashMessage(uint256 destination, uint256 source, uint256 nonce, address sender, address target, bytes message) pure returns(bytes32)
func (_ParleyMessenger *ParleyMessengerCaller) HashMessage(opts *bind.CallOpts, destination *big.Int, source *big.Int, nonce *big.Int, sender common.Address, target common.Address, message []byte) ([32]byte, error) {
	var out []interface{}
	err := _ParleyMessenger.contract.Call(opts, &out, "hashMessage", destination, source, nonce, sender, target, message)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashMessage is a free data retrieval call binding the contract method 0x2a191bc1.
//
// Solidity: function hashMessage(uint256 destination, uint256 source, uint256 nonce, address sender, address target, bytes message) pure returns(bytes32)
func (_ParleyMessenger *ParleyMessengerSession) HashMessage(destination *big.Int, source *big.Int, nonce *big.Int, sender common.Address, target common.Address, message []byte) ([32]byte, error) {
	return _ParleyMessenger.Contract.HashMessage(&_ParleyMessenger.CallOpts, destination, source, nonce, sender, target, message)
}

// HashMessage is a free data retrieval call binding the contract method 0x2a191bc1.
//
// Solidity: function hashMessage(uint256 destination, uint256 source, uint256 nonce, address sender, address target, bytes message) pure returns(bytes32)
func (_ParleyMessenger *ParleyMessengerCallerSession) HashMessage(destination *big.Int, source *big.Int, nonce *big.Int, sender common.Address, target common.Address, message []byte) ([32]byte, error) {
	return _ParleyMessenger.Contract.HashMessage(&_ParleyMessenger.CallOpts, destination, source, nonce, sender, target, message)
}

// MessageNonce is a free data retrieval call binding the contract method 0xecc70428.
//
// Solidity: function messageNonce() view returns(uint256)
func (_ParleyMessenger *ParleyMessengerCaller) MessageNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyMessenger.contract.Call(opts, &out, "messageNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MessageNonce is a free data retrieval call binding the contract method 0xecc70428.
//
// Solidity: function messageNonce() view returns(uint256)
func (_ParleyMessenger *ParleyMessengerSession) MessageNonce() (*big.Int, error) {
	return _ParleyMessenger.Contract.MessageNonce(&_ParleyMessenger.CallOpts)
}

// MessageNonce is a free data retrieval call binding the contract method 0xecc70428.
//
// Solidity: function messageNonce() view returns(uint256)
func (_ParleyMessenger *ParleyMessengerCallerSession) MessageNonce() (*big.Int, error) {
	return _ParleyMessenger.Contract.MessageNonce(&_ParleyMessenger.CallOpts)
}

// SuccessfulMessages is a free data retrieval call binding the contract method 0xb1b1b209.
//
// Solidity: function successfulMessages(bytes32 ) view returns(bool)
func (_ParleyMessenger *ParleyMessengerCaller) SuccessfulMessages(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _ParleyMessenger.contract.Call(opts, &out, "successfulMessages", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SuccessfulMessages is a free data retrieval call binding the contract method 0xb1b1b209.
//
// Solidity: function successfulMessages(bytes32 ) view returns(bool)
func (_ParleyMessenger *ParleyMessengerSession) SuccessfulMessages(arg0 [32]byte) (bool, error) {
	return _ParleyMessenger.Contract.SuccessfulMessages(&_ParleyMessenger.CallOpts, arg0)
}

// SuccessfulMessages is a free data retrieval call binding the contract method 0xb1b1b209.
//
// Solidity: function successfulMessages(bytes32 ) view returns(bool)
func (_ParleyMessenger *ParleyMessengerCallerSession) SuccessfulMessages(arg0 [32]byte) (bool, error) {
	return _ParleyMessenger.Contract.SuccessfulMessages(&_ParleyMessenger.CallOpts, arg0)
}

// RelayMessage is a paid mutator transaction binding the contract method 0xdb75aead.
//
// Solidity: function relayMessage((address,uint256,uint256,uint256,uint256) id, bytes sentMessage, bytes proof) returns(bytes returnData)
func (_ParleyMessenger *ParleyMessengerTransactor) RelayMessage(opts *bind.TransactOpts, id Identifier, sentMessage []byte, proof []byte) (*types.Transaction, error) {
	return _ParleyMessenger.contract.Transact(opts, "relayMessage", id, sentMessage, proof)
}

// RelayMessage is a paid mutator transaction binding the contract method 0xdb75aead.
//
// Solidity: function relayMessage((address,uint256,uint256,uint256,uint256) id, bytes sentMessage, bytes proof) returns(bytes returnData)
func (_ParleyMessenger *ParleyMessengerSession) RelayMessage(id Identifier, sentMessage []byte, proof []byte) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.RelayMessage(&_ParleyMessenger.TransactOpts, id, sentMessage, proof)
}

// RelayMessage is a paid mutator transaction binding the contract method 0xdb75aead.
//
// Solidity: function relayMessage((address,uint256,uint256,uint256,uint256) id, bytes sentMessage, bytes proof) returns(bytes returnData)
func (_ParleyMessenger *ParleyMessengerTransactorSession) RelayMessage(id Identifier, sentMessage []byte, proof []byte) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.RelayMessage(&_ParleyMessenger.TransactOpts, id, sentMessage, proof)
}

// SendMessage is a paid mutator transaction binding the contract method 0x7056f41f.
//
// Solidity: function sendMessage(uint256 destination, address target, bytes message) returns(bytes32 messageHash)
func (_ParleyMessenger *ParleyMessengerTransactor) SendMessage(opts *bind.TransactOpts, destination *big.Int, target common.Address, message []byte) (*types.Transaction, error) {
	return _ParleyMessenger.contract.Transact(opts, "sendMessage", destination, target, message)
}

// SendMessage is a paid mutator transaction binding the contract method 0x7056f41f.
//
// Solidity: function sendMessage(uint256 destination, address target, bytes message) returns(bytes32 messageHash)
func (_ParleyMessenger *ParleyMessengerSession) SendMessage(destination *big.Int, target common.Address, message []byte) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.SendMessage(&_ParleyMessenger.TransactOpts, destination, target, message)
}

// SendMessage is a paid mutator transaction binding the contract method 0x7056f41f.
//
// Solidity: function sendMessage(uint256 destination, address target, bytes message) returns(bytes32 messageHash)
func (_ParleyMessenger *ParleyMessengerTransactorSession) SendMessage(destination *big.Int, target common.Address, message []byte) (*types.Transaction, error) {
	return _ParleyMessenger.Contract.SendMessage(&_ParleyMessenger.TransactOpts, destination, target, message)
}

// ParleyMessengerRelayedMessageIterator is returned from FilterRelayedMessage and is used to iterate over the raw logs and unpacked data for RelayedMessage events raised by the ParleyMessenger contract.
type ParleyMessengerRelayedMessageIterator struct {
	Event *ParleyMessengerRelayedMessage // Event containing the contract specifics and raw log

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
func (it *ParleyMessengerRelayedMessageIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyMessengerRelayedMessage)
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
		it.Event = new(ParleyMessengerRelayedMessage)
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
func (it *ParleyMessengerRelayedMessageIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyMessengerRelayedMessageIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyMessengerRelayedMessage represents a RelayedMessage event raised by the ParleyMessenger contract.
type ParleyMessengerRelayedMessage struct {
	Source         *big.Int
	MessageNonce   *big.Int
	MessageHash    [32]byte
	ReturnDataHash [32]byte
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterRelayedMessage is a free log retrieval operation binding the contract event 0xc270d73e26d2d39dee7ef92093555927e344e243415547ecc350b2b5385b68a2.
//
// Solidity: event RelayedMessage(uint256 indexed source, uint256 indexed messageNonce, bytes32 indexed messageHash, bytes32 returnDataHash)
func (_ParleyMessenger *ParleyMessengerFilterer) FilterRelayedMessage(opts *bind.FilterOpts, source []*big.Int, messageNonce []*big.Int, messageHash [][32]byte) (*ParleyMessengerRelayedMessageIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}
	var messageNonceRule []interface{}
	for _, messageNonceItem := range messageNonce {
		messageNonceRule = append(messageNonceRule, messageNonceItem)
	}
	var messageHashRule []interface{}
	for _, messageHashItem := range messageHash {
		messageHashRule = append(messageHashRule, messageHashItem)
	}

	logs, sub, err := _ParleyMessenger.contract.FilterLogs(opts, "RelayedMessage", sourceRule, messageNonceRule, messageHashRule)
	if err != nil {
		return nil, err
	}
	return &ParleyMessengerRelayedMessageIterator{contract: _ParleyMessenger.contract, event: "RelayedMessage", logs: logs, sub: sub}, nil
}

// WatchRelayedMessage is a free log subscription operation binding the contract event 0xc270d73e26d2d39dee7ef92093555927e344e243415547ecc350b2b5385b68a2.
//
// Solidity: event RelayedMessage(uint256 indexed source, uint256 indexed messageNonce, bytes32 indexed messageHash, bytes32 returnDataHash)
func (_ParleyMessenger *ParleyMessengerFilterer) WatchRelayedMessage(opts *bind.WatchOpts, sink chan<- *ParleyMessengerRelayedMessage, source []*big.Int, messageNonce []*big.Int, messageHash [][32]byte) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}
	var messageNonceRule []interface{}
	for _, messageNonceItem := range messageNonce {
		messageNonceRule = append(messageNonceRule, messageNonceItem)
	}
	var messageHashRule []interface{}
	for _, messageHashItem := range messageHash {
		messageHashRule = append(messageHashRule, messageHashItem)
	}

	logs, sub, err := _ParleyMessenger.contract.WatchLogs(opts, "RelayedMessage", sourceRule, messageNonceRule, messageHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyMessengerRelayedMessage)
				if err := _ParleyMessenger.contract.UnpackLog(event, "RelayedMessage", log); err != nil {
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

// ParseRelayedMessage is a log parse operation binding the contract event 0xc270d73e26d2d39dee7ef92093555927e344e243415547ecc350b2b5385b68a2.
//
// Solidity: event RelayedMessage(uint256 indexed source, uint256 indexed messageNonce, bytes32 indexed messageHash, bytes32 returnDataHash)
func (_ParleyMessenger *ParleyMessengerFilterer) ParseRelayedMessage(log types.Log) (*ParleyMessengerRelayedMessage, error) {
	event := new(ParleyMessengerRelayedMessage)
	if err := _ParleyMessenger.contract.UnpackLog(event, "RelayedMessage", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyMessengerSentMessageIterator is returned from FilterSentMessage and is used to iterate over the raw logs and unpacked data for SentMessage events raised by the ParleyMessenger contract.
type ParleyMessengerSentMessageIterator struct {
	Event *ParleyMessengerSentMessage // Event containing the contract specifics and raw log

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
func (it *ParleyMessengerSentMessageIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyMessengerSentMessage)
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
		it.Event = new(ParleyMessengerSentMessage)
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
func (it *ParleyMessengerSentMessageIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyMessengerSentMessageIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyMessengerSentMessage represents a SentMessage event raised by the ParleyMessenger contract.
type ParleyMessengerSentMessage struct {
	Destination  *big.Int
	Target       common.Address
	MessageNonce *big.Int
	Sender       common.Address
	Message      []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSentMessage is a free log retrieval operation binding the contract event 0x382409ac69001e11931a28435afef442cbfd20d9891907e8fa373ba7d351f320.
//
// Solidity: event SentMessage(uint256 indexed destination, address indexed target, uint256 indexed messageNonce, address sender, bytes message)
func (_ParleyMessenger *ParleyMessengerFilterer) FilterSentMessage(opts *bind.FilterOpts, destination []*big.Int, target []common.Address, messageNonce []*big.Int) (*ParleyMessengerSentMessageIterator, error) {

	var destinationRule []interface{}
	for _, destinationItem := range destination {
		destinationRule = append(destinationRule, destinationItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}
	var messageNonceRule []interface{}
	for _, messageNonceItem := range messageNonce {
		messageNonceRule = append(messageNonceRule, messageNonceItem)
	}

	logs, sub, err := _ParleyMessenger.contract.FilterLogs(opts, "SentMessage", destinationRule, targetRule, messageNonceRule)
	if err != nil {
		return nil, err
	}
	return &ParleyMessengerSentMessageIterator{contract: _ParleyMessenger.contract, event: "SentMessage", logs: logs, sub: sub}, nil
}

// WatchSentMessage is a free log subscription operation binding the contract event 0x382409ac69001e11931a28435afef442cbfd20d9891907e8fa373ba7d351f320.
//
// Solidity: event SentMessage(uint256 indexed destination, address indexed target, uint256 indexed messageNonce, address sender, bytes message)
func (_ParleyMessenger *ParleyMessengerFilterer) WatchSentMessage(opts *bind.WatchOpts, sink chan<- *ParleyMessengerSentMessage, destination []*big.Int, target []common.Address, messageNonce []*big.Int) (event.Subscription, error) {

	var destinationRule []interface{}
	for _, destinationItem := range destination {
		destinationRule = append(destinationRule, destinationItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}
	var messageNonceRule []interface{}
	for _, messageNonceItem := range messageNonce {
		messageNonceRule = append(messageNonceRule, messageNonceItem)
	}

	logs, sub, err := _ParleyMessenger.contract.WatchLogs(opts, "SentMessage", destinationRule, targetRule, messageNonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyMessengerSentMessage)
				if err := _ParleyMessenger.contract.UnpackLog(event, "SentMessage", log); err != nil {
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

// ParseSentMessage is a log parse operation binding the contract event 0x382409ac69001e11931a28435afef442cbfd20d9891907e8fa373ba7d351f320.
//
// Solidity: event SentMessage(uint256 indexed destination, address indexed target, uint256 indexed messageNonce, address sender, bytes message)
func (_ParleyMessenger *ParleyMessengerFilterer) ParseSentMessage(log types.Log) (*ParleyMessengerSentMessage, error) {
	event := new(ParleyMessengerSentMessage)
	if err := _ParleyMessenger.contract.UnpackLog(event, "SentMessage", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryMetaData contains all meta data concerning the ParleyRegistry contract.
var ParleyRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_HASH_ATTEMPTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUORUMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POP_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"}],\"name\":\"ejectOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"hashToG1\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structG1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"}],\"name\":\"joinQuorums\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"}],\"name\":\"leaveQuorums\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"operatorAddressOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"operatorAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"popDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"pubkeyG1Of\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structG1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"members\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"totalStake\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structG1Point\",\"name\":\"apk\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"quorumBitmap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bitmap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"pubkeyG1\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pubkeyG2\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[2]\",\"name\":\"pop\",\"type\":\"uint256[2]\"}],\"name\":\"registerOperator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"setStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"}],\"name\":\"setStakeOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeOracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structG1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"indexed\":false,\"internalType\":\"structG2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structG1Point\",\"name\":\"proofOfPossession\",\"type\":\"tuple\"}],\"name\":\"NewPubkeyRegistration\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"}],\"name\":\"OperatorAddedToQuorums\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"}],\"name\":\"OperatorRemovedFromQuorums\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"OperatorStakeUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOracle\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"}],\"name\":\"StakeOracleUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"}],\"name\":\"AlreadyInQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyQuorumNumbers\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HashToG1Failed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdentityKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidG1Point\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"}],\"name\":\"InvalidQuorumNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"}],\"name\":\"NotInQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotStakeSetter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"PubkeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"QuorumNumbersNotAscending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50604051611be4380380611be4833981016040819052602b91609d565b6001600160a01b03811660515760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a35060c8565b5f6020828403121560ac575f5ffd5b81516001600160a01b038116811460c1575f5ffd5b9392505050565b611b0f806100d55f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c8063769129fe116100d95780639dd1ec5311610093578063d95edd8d1161006e578063d95edd8d146103fb578063e30c39781461041d578063e84e5d4b14610430578063f2fde38b14610439575f5ffd5b80639dd1ec5314610389578063a1f2542014610391578063b37855c8146103dc575f5ffd5b8063769129fe1461031e57806379ba5097146103315780637c6f3158146103395780638da5cb5b1461034157806392d42e861461035357806394c92f6d14610376575f5ffd5b8063276ff80d116101445780632ff3437b1161011f5780632ff3437b1461029957806347a6baf0146102e357806348bc626a146102f85780636e3b17db1461030b575f5ffd5b8063276ff80d146102565780632b78c9f71461027d5780632e3dfe8414610286575f5ffd5b806303a714561461018b57806306ee6546146101b1578063137760e4146101f1578063178dd94814610204578063255d6e72146102245780632614233514610243575b5f5ffd5b61019e610199366004611723565b61044c565b6040519081526020015b60405180910390f35b6101d96101bf366004611743565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016101a8565b6002546101d9906001600160a01b031681565b610217610212366004611743565b6104b5565b6040516101a8919061175a565b61019e610232366004611743565b60076020525f908152604090205481565b6101d9610251366004611743565b6105cb565b61019e7f124c1d1957cd02220afb19c168829272960f66a127d321366f385bb5ce98203581565b61019e61100081565b61019e610294366004611781565b6105f9565b6102176102a7366004611743565b604080518082019091525f8082526020820152505f90815260066020908152604091829020825180840190935280548352600101549082015290565b6102f66102f136600461180f565b6108e5565b005b6102f661030636600461185e565b6108fd565b6102f66103193660046118a6565b610af8565b6102f661032c36600461180f565b610b36565b6102f6610ce0565b60035461019e565b5f546101d9906001600160a01b031681565b6103666103613660046118f5565b610d6e565b60405190151581526020016101a8565b6102f6610384366004611723565b610d8d565b61019e60c081565b6103c461039f3660046118f5565b600860209081525f92835260408084209091529082529020546001600160601b031681565b6040516001600160601b0390911681526020016101a8565b61019e6103ea366004611723565b60046020525f908152604090205481565b61040e61040936600461191f565b610e14565b6040516101a893929190611938565b6001546101d9906001600160a01b031681565b61019e61020081565b6102f6610447366004611723565b610e9b565b604080517f124c1d1957cd02220afb19c168829272960f66a127d321366f385bb5ce982035602082015246918101919091523060608201526001600160a01b03821660808201525f9060a001604051602081830303815290604052805190602001209050919050565b604080518082019091525f80825260208201525f6104e05f516020611aef5f395f51905f528461196b565b90505f5b6102008110156105b1575f5f516020611aef5f395f51905f5260035f516020611aef5f395f51905f52855f516020611aef5f395f51905f52878809090890505f61055c827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f525f516020611aef5f395f51905f52610f12565b9050815f516020611aef5f395f51905f52828309036105905760408051808201909152938452602084015250909392505050565b5f516020611aef5f395f51905f5260018508935050508060010190506104e4565b50604051631615b49d60e31b815260040160405180910390fd5b5f600382815481106105df576105df61198a565b5f918252602090912001546001600160a01b031692915050565b335f81815260046020526040812054909190156106395760405163866b0dcf60e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6003546110001161065d57604051636055dca160e01b815260040160405180910390fd5b5f6040518060400160405280875f6002811061067b5761067b61198a565b60200201358152602001876001600281106106985761069861198a565b6020908102919091013590915260408051608081018252883581830190815289840135606080840191909152908252825180840184528a8401358152908a0135818501528184015281518083019092528735825287830135828401529183015183519394509192909117158061071f57508635602088013517604088013517606088013517155b1561073d5760405163523954f360e01b815260040160405180910390fd5b60208101518151175f03610764576040516392536faf60e01b815260040160405180910390fd5b61076d83610f84565b61077681610f84565b8251602080850151604051610795939201918252602082015260400190565b60408051601f1981840301815291815281516020928301205f81815260059093529120549095506001600160a01b0316156107e657604051638f2c4e2d60e01b815260048101869052602401610630565b6107fa8383836107f58861044c565b61103b565b610817576040516392536faf60e01b815260040160405180910390fd5b6003805460018181019092557fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b0180546001600160a01b0387166001600160a01b031991821681179092555f8281526004602090815260408083208b90558a835260058252808320805490941685179093556006815290829020875181559087015193019290925590517f0ccb0ddba2cecfa3af8165bc031316bbb938b41e513f779c82b08d9e874cecfe906108d2908690869086906119c0565b60405180910390a2505050509392505050565b6108f9336108f23361115b565b84846111a1565b5050565b5f546001600160a01b0316331480159061092a57506002546001600160a01b03163314158061092a575033155b1561094a57604051631071c8b960e31b8152336004820152602401610630565b5f838152600560205260409020546001600160a01b031661098157604051636af8685d60e11b815260048101849052602401610630565b60c08260ff16106109aa57604051634b3c29ab60e11b815260ff83166004820152602401610630565b5f83815260076020526040812054600160ff85161b1690036109eb5760405163f4beeb3360e01b81526004810184905260ff83166024820152604401610630565b60ff82165f818152600960209081526040808320878452600883528184209484529390915290205481546001600160601b0384811692610a3e9291169064010000000090046001600160801b0316611a1e565b610a489190611a3d565b815473ffffffffffffffffffffffffffffffff0000000019166401000000006001600160801b0392909216919091021781555f84815260086020908152604080832060ff87168085529083529281902080546bffffffffffffffffffffffff19166001600160601b03871690811790915581519384529183019190915285917f2f527d527e95d8fe40aec55377743bb779087da3f6d0d08f12e36444da62327d910160405180910390a250505050565b5f546001600160a01b03163314610b245760405163245aecd360e01b8152336004820152602401610630565b610b31836108f28561115b565b505050565b5f610b403361115b565b9050610b4c8383611440565b5f8181526007602090815260408083205460068352818420825180840190935280548352600101549282019290925290915b84811015610c8a575f868683818110610b9957610b9961198a565b919091013560f81c9150506001811b841615610bd457604051637b4a4bcf60e11b81526004810186905260ff82166024820152604401610630565b60ff81165f818152600960205260408120805460019384901b9790971796909190610c0690849063ffffffff16611a5c565b92506101000a81548163ffffffff021916908363ffffffff160217905550610c62600a5f8360ff1660ff1681526020019081526020015f206040518060400160405290815f8201548152602001600182015481525050846114f3565b60ff9091165f908152600a602090815260409091208251815591015160019182015501610b7e565b505f8381526007602052604090819020839055517f73a2b7fb844724b971802ae9b15db094d4b7192df9d7350e14eb466b9b22eb4e90610cd1903390869089908990611a78565b60405180910390a15050505050565b6001546001600160a01b031633141580610cf8575033155b15610d185760405163a09b9a4360e01b8152336004820152602401610630565b5f8054336001600160a01b0319808316821784556001805490911690556040516001600160a01b0390921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b5f82815260076020526040902054600160ff83161b1615155b92915050565b5f546001600160a01b03163314610db95760405163245aecd360e01b8152336004820152602401610630565b6002546040516001600160a01b038084169216907fb09ea92845fd678847dc5876cfd17e0bc1be603332789e9690a3de98e217f40e905f90a3600280546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f610e3160405180604001604052805f81526020015f81525090565b50505060ff165f81815260096020908152604080832081518083018352905463ffffffff81168083526401000000009091046001600160801b0316918401829052948452600a83529281902081518083019092528054825260010154918101919091529192909190565b5f546001600160a01b03163314610ec75760405163245aecd360e01b8152336004820152602401610630565b600180546001600160a01b0319166001600160a01b03831690811790915560405133907f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700905f90a350565b5f5f6040518060c00160405280602081526020016020815260200160208152602001868152602001858152602001848152509050610f4e6116ef565b5f60208260c08560055afa905080610f795760405163b8fedf8760e01b815260040160405180910390fd5b505195945050505050565b80515f516020611aef5f395f51905f52111580610fb257505f516020611aef5f395f51905f52816020015110155b15610fd057604051634010053960e11b815260040160405180910390fd5b5f5f516020611aef5f395f51905f5260035f516020611aef5f395f51905f5284515f516020611aef5f395f51905f528651800909089050805f516020611aef5f395f51905f5260208401518009146108f957604051634010053960e11b815260040160405180910390fd5b5f5f611046836104b5565b845160208087015189518a8301518a518051908501518c86015180519087015189518a890151604080519a8b019b909b52998901979097526060880195909552608087019390935260a086019190915260c085015260e08401526101008301526101208201526101408101919091529091505f907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019061016001604051602081830303815290604052805190602001205f1c611102919061196b565b90505f611118866111138a85611560565b6114f3565b90505f61113f84611113604051806040016040528060018152602001600281525086611560565b905061114c82828a6115bd565b9450505050505b949350505050565b6001600160a01b0381165f908152600460205260409020548061119c5760405163bd62013360e01b81526001600160a01b0383166004820152602401610630565b919050565b6111ab8282611440565b5f83815260076020908152604080832054600683528184208251808401845281548152600190910154818501908152835180850190945281518452519194909390929190820190611209905f516020611aef5f395f51905f52611abf565b905290505f5b848110156113e8575f86868381811061122a5761122a61198a565b919091013560f81c9150506001811b85165f036112665760405163f4beeb3360e01b81526004810189905260ff82166024820152604401610630565b60ff81165f8181526009602090815260408083208c845260088352818420858552909252909120548154600190931b19979097169690916001600160601b039091169082906004906112ca90849064010000000090046001600160801b0316611a1e565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506001815f015f8282829054906101000a900463ffffffff166113109190611ad2565b825463ffffffff9182166101009390930a9283029190920219909116179055505f89815260086020908152604080832060ff86168452825280832080546bffffffffffffffffffffffff19169055600a825291829020825180840190935280548352600101549082015261138490856114f3565b60ff83165f818152600a60209081526040808320855181559482015160019095019490945583519283528201528a917f2f527d527e95d8fe40aec55377743bb779087da3f6d0d08f12e36444da62327d910160405180910390a2505060010161120f565b505f8681526007602052604090819020849055517ff843ecd53a563675e62107be1494fdde4a3d49aeedaf8d88c616d85346e3500e9061142f908990899089908990611a78565b60405180910390a150505050505050565b5f81900361146157604051633ed9ff1160e11b815260040160405180910390fd5b5f805b828110156114ed575f84848381811061147f5761147f61198a565b919091013560f81c91505060c081106114b057604051634b3c29ab60e11b815260ff82166004820152602401610630565b5f821180156114c25750828160ff1611155b156114e057604051633344935360e11b815260040160405180910390fd5b60ff169150600101611464565b50505050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa9050806115585760405163b8fedf8760e01b815260040160405180910390fd5b505092915050565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa9050806115585760405163b8fedf8760e01b815260040160405180910390fd5b604080516101808101825284518152602080860151818301527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2928201929092527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152835160c08201528382015160e0820152825151610100820152825182015161012082015282820180515161014083015251909101516101608201525f906116b56116ef565b5f6020826101808560085afa9050806116e15760405163b8fedf8760e01b815260040160405180910390fd5b505160011495945050505050565b60405180602001604052806001906020820280368337509192915050565b80356001600160a01b038116811461119c575f5ffd5b5f60208284031215611733575f5ffd5b61173c8261170d565b9392505050565b5f60208284031215611753575f5ffd5b5035919050565b815181526020808301519082015260408101610d87565b8060408101831015610d87575f5ffd5b5f5f5f6101008486031215611794575f5ffd5b61179e8585611771565b925060c08401858111156117b0575f5ffd5b6040850192506117c08682611771565b9150509250925092565b5f5f83601f8401126117da575f5ffd5b50813567ffffffffffffffff8111156117f1575f5ffd5b602083019150836020828501011115611808575f5ffd5b9250929050565b5f5f60208385031215611820575f5ffd5b823567ffffffffffffffff811115611836575f5ffd5b611842858286016117ca565b90969095509350505050565b803560ff8116811461119c575f5ffd5b5f5f5f60608486031215611870575f5ffd5b833592506118806020850161184e565b915060408401356001600160601b038116811461189b575f5ffd5b809150509250925092565b5f5f5f604084860312156118b8575f5ffd5b6118c18461170d565b9250602084013567ffffffffffffffff8111156118dc575f5ffd5b6118e8868287016117ca565b9497909650939450505050565b5f5f60408385031215611906575f5ffd5b823591506119166020840161184e565b90509250929050565b5f6020828403121561192f575f5ffd5b61173c8261184e565b63ffffffff841681526001600160801b038316602082015260808101611153604083018480518252602090810151910152565b5f8261198557634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52603260045260245ffd5b805f5b60028110156114ed5781518452602093840193909101906001016119a1565b835181526020808501519082015261010081016119e160408301855161199e565b60208401516119f3608084018261199e565b50825160c0830152602083015160e0830152611153565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038281168282160390811115610d8757610d87611a0a565b6001600160801b038181168382160190811115610d8757610d87611a0a565b63ffffffff8181168382160190811115610d8757610d87611a0a565b6001600160a01b0385168152602081018490526060604082018190528101829052818360808301375f818301608090810191909152601f909201601f191601019392505050565b81810381811115610d8757610d87611a0a565b63ffffffff8281168282160390811115610d8757610d87611a0a56fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// ParleyRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ParleyRegistryMetaData.ABI instead.
var ParleyRegistryABI = ParleyRegistryMetaData.ABI

// ParleyRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ParleyRegistryMetaData.Bin instead.
var ParleyRegistryBin = ParleyRegistryMetaData.Bin

// DeployParleyRegistry deploys a new Ethereum contract, binding an instance of ParleyRegistry to it.
func DeployParleyRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, initialOwner common.Address) (common.Address, *types.Transaction, *ParleyRegistry, error) {
	parsed, err := ParleyRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ParleyRegistryBin), backend, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ParleyRegistry{ParleyRegistryCaller: ParleyRegistryCaller{contract: contract}, ParleyRegistryTransactor: ParleyRegistryTransactor{contract: contract}, ParleyRegistryFilterer: ParleyRegistryFilterer{contract: contract}}, nil
}

// ParleyRegistry is an auto generated Go binding around an Ethereum contract.
type ParleyRegistry struct {
	ParleyRegistryCaller     // Read-only binding to the contract
	ParleyRegistryTransactor // Write-only binding to the contract
	ParleyRegistryFilterer   // Log filterer for contract events
}

// ParleyRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ParleyRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ParleyRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ParleyRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ParleyRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ParleyRegistrySession struct {
	Contract     *ParleyRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ParleyRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ParleyRegistryCallerSession struct {
	Contract *ParleyRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ParleyRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ParleyRegistryTransactorSession struct {
	Contract     *ParleyRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ParleyRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ParleyRegistryRaw struct {
	Contract *ParleyRegistry // Generic contract binding to access the raw methods on
}

// ParleyRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ParleyRegistryCallerRaw struct {
	Contract *ParleyRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ParleyRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ParleyRegistryTransactorRaw struct {
	Contract *ParleyRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewParleyRegistry creates a new instance of ParleyRegistry, bound to a specific deployed contract.
func NewParleyRegistry(address common.Address, backend bind.ContractBackend) (*ParleyRegistry, error) {
	contract, err := bindParleyRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistry{ParleyRegistryCaller: ParleyRegistryCaller{contract: contract}, ParleyRegistryTransactor: ParleyRegistryTransactor{contract: contract}, ParleyRegistryFilterer: ParleyRegistryFilterer{contract: contract}}, nil
}

// NewParleyRegistryCaller creates a new read-only instance of ParleyRegistry, bound to a specific deployed contract.
func NewParleyRegistryCaller(address common.Address, caller bind.ContractCaller) (*ParleyRegistryCaller, error) {
	contract, err := bindParleyRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryCaller{contract: contract}, nil
}

// NewParleyRegistryTransactor creates a new write-only instance of ParleyRegistry, bound to a specific deployed contract.
func NewParleyRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ParleyRegistryTransactor, error) {
	contract, err := bindParleyRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryTransactor{contract: contract}, nil
}

// NewParleyRegistryFilterer creates a new log filterer instance of ParleyRegistry, bound to a specific deployed contract.
func NewParleyRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ParleyRegistryFilterer, error) {
	contract, err := bindParleyRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryFilterer{contract: contract}, nil
}

// bindParleyRegistry binds a generic wrapper to an already deployed contract.
func bindParleyRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ParleyRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyRegistry *ParleyRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyRegistry.Contract.ParleyRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyRegistry *ParleyRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.ParleyRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyRegistry *ParleyRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.ParleyRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ParleyRegistry *ParleyRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ParleyRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ParleyRegistry *ParleyRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ParleyRegistry *ParleyRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXHASHATTEMPTS is a free data retrieval call binding the contract method 0xe84e5d4b.
//
// Solidity: function MAX_HASH_ATTEMPTS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCaller) MAXHASHATTEMPTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "MAX_HASH_ATTEMPTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXHASHATTEMPTS is a free data retrieval call binding the contract method 0xe84e5d4b.
//
// Solidity: function MAX_HASH_ATTEMPTS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistrySession) MAXHASHATTEMPTS() (*big.Int, error) {
	return _ParleyRegistry.Contract.MAXHASHATTEMPTS(&_ParleyRegistry.CallOpts)
}

// MAXHASHATTEMPTS is a free data retrieval call binding the contract method 0xe84e5d4b.
//
// Solidity: function MAX_HASH_ATTEMPTS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCallerSession) MAXHASHATTEMPTS() (*big.Int, error) {
	return _ParleyRegistry.Contract.MAXHASHATTEMPTS(&_ParleyRegistry.CallOpts)
}

// MAXOPERATORS is a free data retrieval call binding the contract method 0x2b78c9f7.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCaller) MAXOPERATORS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "MAX_OPERATORS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXOPERATORS is a free data retrieval call binding the contract method 0x2b78c9f7.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistrySession) MAXOPERATORS() (*big.Int, error) {
	return _ParleyRegistry.Contract.MAXOPERATORS(&_ParleyRegistry.CallOpts)
}

// MAXOPERATORS is a free data retrieval call binding the contract method 0x2b78c9f7.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCallerSession) MAXOPERATORS() (*big.Int, error) {
	return _ParleyRegistry.Contract.MAXOPERATORS(&_ParleyRegistry.CallOpts)
}

// MAXQUORUMS is a free data retrieval call binding the contract method 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCaller) MAXQUORUMS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "MAX_QUORUMS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXQUORUMS is a free data retrieval call binding the contract method 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistrySession) MAXQUORUMS() (*big.Int, error) {
	return _ParleyRegistry.Contract.MAXQUORUMS(&_ParleyRegistry.CallOpts)
}

// MAXQUORUMS is a free data retrieval call binding the contract method 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCallerSession) MAXQUORUMS() (*big.Int, error) {
	return _ParleyRegistry.Contract.MAXQUORUMS(&_ParleyRegistry.CallOpts)
}

// POPTYPEHASH is a free data retrieval call binding the contract method 0x276ff80d.
//
// Solidity: function POP_TYPEHASH() view returns(bytes32)
func (_ParleyRegistry *ParleyRegistryCaller) POPTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "POP_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// POPTYPEHASH is a free data retrieval call binding the contract method 0x276ff80d.
//
// Solidity: function POP_TYPEHASH() view returns(bytes32)
func (_ParleyRegistry *ParleyRegistrySession) POPTYPEHASH() ([32]byte, error) {
	return _ParleyRegistry.Contract.POPTYPEHASH(&_ParleyRegistry.CallOpts)
}

// POPTYPEHASH is a free data retrieval call binding the contract method 0x276ff80d.
//
// Solidity: function POP_TYPEHASH() view returns(bytes32)
func (_ParleyRegistry *ParleyRegistryCallerSession) POPTYPEHASH() ([32]byte, error) {
	return _ParleyRegistry.Contract.POPTYPEHASH(&_ParleyRegistry.CallOpts)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns((uint256,uint256))
func (_ParleyRegistry *ParleyRegistryCaller) HashToG1(opts *bind.CallOpts, digest [32]byte) (G1Point, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "hashToG1", digest)

	if err != nil {
		return *new(G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(G1Point)).(*G1Point)

	return out0, err

}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns((uint256,uint256))
func (_ParleyRegistry *ParleyRegistrySession) HashToG1(digest [32]byte) (G1Point, error) {
	return _ParleyRegistry.Contract.HashToG1(&_ParleyRegistry.CallOpts, digest)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns((uint256,uint256))
func (_ParleyRegistry *ParleyRegistryCallerSession) HashToG1(digest [32]byte) (G1Point, error) {
	return _ParleyRegistry.Contract.HashToG1(&_ParleyRegistry.CallOpts, digest)
}

// IsMember is a free data retrieval call binding the contract method 0x92d42e86.
//
// Solidity: function isMember(bytes32 operatorId, uint8 quorumNumber) view returns(bool)
func (_ParleyRegistry *ParleyRegistryCaller) IsMember(opts *bind.CallOpts, operatorId [32]byte, quorumNumber uint8) (bool, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "isMember", operatorId, quorumNumber)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0x92d42e86.
//
// Solidity: function isMember(bytes32 operatorId, uint8 quorumNumber) view returns(bool)
func (_ParleyRegistry *ParleyRegistrySession) IsMember(operatorId [32]byte, quorumNumber uint8) (bool, error) {
	return _ParleyRegistry.Contract.IsMember(&_ParleyRegistry.CallOpts, operatorId, quorumNumber)
}

// IsMember is a free data retrieval call binding the contract method 0x92d42e86.
//
// Solidity: function isMember(bytes32 operatorId, uint8 quorumNumber) view returns(bool)
func (_ParleyRegistry *ParleyRegistryCallerSession) IsMember(operatorId [32]byte, quorumNumber uint8) (bool, error) {
	return _ParleyRegistry.Contract.IsMember(&_ParleyRegistry.CallOpts, operatorId, quorumNumber)
}

// OperatorAddressOf is a free data retrieval call binding the contract method 0x06ee6546.
//
// Solidity: function operatorAddressOf(bytes32 operatorId) view returns(address operator)
func (_ParleyRegistry *ParleyRegistryCaller) OperatorAddressOf(opts *bind.CallOpts, operatorId [32]byte) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "operatorAddressOf", operatorId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OperatorAddressOf is a free data retrieval call binding the contract method 0x06ee6546.
//
// Solidity: function operatorAddressOf(bytes32 operatorId) view returns(address operator)
func (_ParleyRegistry *ParleyRegistrySession) OperatorAddressOf(operatorId [32]byte) (common.Address, error) {
	return _ParleyRegistry.Contract.OperatorAddressOf(&_ParleyRegistry.CallOpts, operatorId)
}

// OperatorAddressOf is a free data retrieval call binding the contract method 0x06ee6546.
//
// Solidity: function operatorAddressOf(bytes32 operatorId) view returns(address operator)
func (_ParleyRegistry *ParleyRegistryCallerSession) OperatorAddressOf(operatorId [32]byte) (common.Address, error) {
	return _ParleyRegistry.Contract.OperatorAddressOf(&_ParleyRegistry.CallOpts, operatorId)
}

// OperatorAt is a free data retrieval call binding the contract method 0x26142335.
//
// Solidity: function operatorAt(uint256 index) view returns(address)
func (_ParleyRegistry *ParleyRegistryCaller) OperatorAt(opts *bind.CallOpts, index *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "operatorAt", index)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OperatorAt is a free data retrieval call binding the contract method 0x26142335.
//
// Solidity: function operatorAt(uint256 index) view returns(address)
func (_ParleyRegistry *ParleyRegistrySession) OperatorAt(index *big.Int) (common.Address, error) {
	return _ParleyRegistry.Contract.OperatorAt(&_ParleyRegistry.CallOpts, index)
}

// OperatorAt is a free data retrieval call binding the contract method 0x26142335.
//
// Solidity: function operatorAt(uint256 index) view returns(address)
func (_ParleyRegistry *ParleyRegistryCallerSession) OperatorAt(index *big.Int) (common.Address, error) {
	return _ParleyRegistry.Contract.OperatorAt(&_ParleyRegistry.CallOpts, index)
}

// OperatorCount is a free data retrieval call binding the contract method 0x7c6f3158.
//
// Solidity: function operatorCount() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCaller) OperatorCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "operatorCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OperatorCount is a free data retrieval call binding the contract method 0x7c6f3158.
//
// Solidity: function operatorCount() view returns(uint256)
func (_ParleyRegistry *ParleyRegistrySession) OperatorCount() (*big.Int, error) {
	return _ParleyRegistry.Contract.OperatorCount(&_ParleyRegistry.CallOpts)
}

// OperatorCount is a free data retrieval call binding the contract method 0x7c6f3158.
//
// Solidity: function operatorCount() view returns(uint256)
func (_ParleyRegistry *ParleyRegistryCallerSession) OperatorCount() (*big.Int, error) {
	return _ParleyRegistry.Contract.OperatorCount(&_ParleyRegistry.CallOpts)
}

// OperatorIdOf is a free data retrieval call binding the contract method 0xb37855c8.
//
// Solidity: function operatorIdOf(address operator) view returns(bytes32 operatorId)
func (_ParleyRegistry *ParleyRegistryCaller) OperatorIdOf(opts *bind.CallOpts, operator common.Address) ([32]byte, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "operatorIdOf", operator)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OperatorIdOf is a free data retrieval call binding the contract method 0xb37855c8.
//
// Solidity: function operatorIdOf(address operator) view returns(bytes32 operatorId)
func (_ParleyRegistry *ParleyRegistrySession) OperatorIdOf(operator common.Address) ([32]byte, error) {
	return _ParleyRegistry.Contract.OperatorIdOf(&_ParleyRegistry.CallOpts, operator)
}

// OperatorIdOf is a free data retrieval call binding the contract method 0xb37855c8.
//
// Solidity: function operatorIdOf(address operator) view returns(bytes32 operatorId)
func (_ParleyRegistry *ParleyRegistryCallerSession) OperatorIdOf(operator common.Address) ([32]byte, error) {
	return _ParleyRegistry.Contract.OperatorIdOf(&_ParleyRegistry.CallOpts, operator)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyRegistry *ParleyRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyRegistry *ParleyRegistrySession) Owner() (common.Address, error) {
	return _ParleyRegistry.Contract.Owner(&_ParleyRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ParleyRegistry *ParleyRegistryCallerSession) Owner() (common.Address, error) {
	return _ParleyRegistry.Contract.Owner(&_ParleyRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyRegistry *ParleyRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyRegistry *ParleyRegistrySession) PendingOwner() (common.Address, error) {
	return _ParleyRegistry.Contract.PendingOwner(&_ParleyRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ParleyRegistry *ParleyRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _ParleyRegistry.Contract.PendingOwner(&_ParleyRegistry.CallOpts)
}

// PopDigest is a free data retrieval call binding the contract method 0x03a71456.
//
// Solidity: function popDigest(address operator) view returns(bytes32)
func (_ParleyRegistry *ParleyRegistryCaller) PopDigest(opts *bind.CallOpts, operator common.Address) ([32]byte, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "popDigest", operator)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PopDigest is a free data retrieval call binding the contract method 0x03a71456.
//
// Solidity: function popDigest(address operator) view returns(bytes32)
func (_ParleyRegistry *ParleyRegistrySession) PopDigest(operator common.Address) ([32]byte, error) {
	return _ParleyRegistry.Contract.PopDigest(&_ParleyRegistry.CallOpts, operator)
}

// PopDigest is a free data retrieval call binding the contract method 0x03a71456.
//
// Solidity: function popDigest(address operator) view returns(bytes32)
func (_ParleyRegistry *ParleyRegistryCallerSession) PopDigest(operator common.Address) ([32]byte, error) {
	return _ParleyRegistry.Contract.PopDigest(&_ParleyRegistry.CallOpts, operator)
}

// PubkeyG1Of is a free data retrieval call binding the contract method 0x2ff3437b.
//
// Solidity: function pubkeyG1Of(bytes32 operatorId) view returns((uint256,uint256))
func (_ParleyRegistry *ParleyRegistryCaller) PubkeyG1Of(opts *bind.CallOpts, operatorId [32]byte) (G1Point, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "pubkeyG1Of", operatorId)

	if err != nil {
		return *new(G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(G1Point)).(*G1Point)

	return out0, err

}

// PubkeyG1Of is a free data retrieval call binding the contract method 0x2ff3437b.
//
// Solidity: function pubkeyG1Of(bytes32 operatorId) view returns((uint256,uint256))
func (_ParleyRegistry *ParleyRegistrySession) PubkeyG1Of(operatorId [32]byte) (G1Point, error) {
	return _ParleyRegistry.Contract.PubkeyG1Of(&_ParleyRegistry.CallOpts, operatorId)
}

// PubkeyG1Of is a free data retrieval call binding the contract method 0x2ff3437b.
//
// Solidity: function pubkeyG1Of(bytes32 operatorId) view returns((uint256,uint256))
func (_ParleyRegistry *ParleyRegistryCallerSession) PubkeyG1Of(operatorId [32]byte) (G1Point, error) {
	return _ParleyRegistry.Contract.PubkeyG1Of(&_ParleyRegistry.CallOpts, operatorId)
}

// Quorum is a free data retrieval call binding the contract method 0xd95edd8d.
//
// Solidity: function quorum(uint8 quorumNumber) view returns(uint32 members, uint128 totalStake, (uint256,uint256) apk)
func (_ParleyRegistry *ParleyRegistryCaller) Quorum(opts *bind.CallOpts, quorumNumber uint8) (struct {
	Members    uint32
	TotalStake *big.Int
	Apk        G1Point
}, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "quorum", quorumNumber)

	outstruct := new(struct {
		Members    uint32
		TotalStake *big.Int
		Apk        G1Point
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Members = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.TotalStake = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Apk = *abi.ConvertType(out[2], new(G1Point)).(*G1Point)

	return *outstruct, err

}

// Quorum is a free data retrieval call binding the contract method 0xd95edd8d.
//
// Solidity: function quorum(uint8 quorumNumber) view returns(uint32 members, uint128 totalStake, (uint256,uint256) apk)
func (_ParleyRegistry *ParleyRegistrySession) Quorum(quorumNumber uint8) (struct {
	Members    uint32
	TotalStake *big.Int
	Apk        G1Point
}, error) {
	return _ParleyRegistry.Contract.Quorum(&_ParleyRegistry.CallOpts, quorumNumber)
}

// Quorum is a free data retrieval call binding the contract method 0xd95edd8d.
//
// Solidity: function quorum(uint8 quorumNumber) view returns(uint32 members, uint128 totalStake, (uint256,uint256) apk)
func (_ParleyRegistry *ParleyRegistryCallerSession) Quorum(quorumNumber uint8) (struct {
	Members    uint32
	TotalStake *big.Int
	Apk        G1Point
}, error) {
	return _ParleyRegistry.Contract.Quorum(&_ParleyRegistry.CallOpts, quorumNumber)
}

// QuorumBitmap is a free data retrieval call binding the contract method 0x255d6e72.
//
// Solidity: function quorumBitmap(bytes32 operatorId) view returns(uint256 bitmap)
func (_ParleyRegistry *ParleyRegistryCaller) QuorumBitmap(opts *bind.CallOpts, operatorId [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "quorumBitmap", operatorId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumBitmap is a free data retrieval call binding the contract method 0x255d6e72.
//
// Solidity: function quorumBitmap(bytes32 operatorId) view returns(uint256 bitmap)
func (_ParleyRegistry *ParleyRegistrySession) QuorumBitmap(operatorId [32]byte) (*big.Int, error) {
	return _ParleyRegistry.Contract.QuorumBitmap(&_ParleyRegistry.CallOpts, operatorId)
}

// QuorumBitmap is a free data retrieval call binding the contract method 0x255d6e72.
//
// Solidity: function quorumBitmap(bytes32 operatorId) view returns(uint256 bitmap)
func (_ParleyRegistry *ParleyRegistryCallerSession) QuorumBitmap(operatorId [32]byte) (*big.Int, error) {
	return _ParleyRegistry.Contract.QuorumBitmap(&_ParleyRegistry.CallOpts, operatorId)
}

// StakeOf is a free data retrieval call binding the contract method 0xa1f25420.
//
// Solidity: function stakeOf(bytes32 operatorId, uint8 quorumNumber) view returns(uint96 stake)
func (_ParleyRegistry *ParleyRegistryCaller) StakeOf(opts *bind.CallOpts, operatorId [32]byte, quorumNumber uint8) (*big.Int, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "stakeOf", operatorId, quorumNumber)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeOf is a free data retrieval call binding the contract method 0xa1f25420.
//
// Solidity: function stakeOf(bytes32 operatorId, uint8 quorumNumber) view returns(uint96 stake)
func (_ParleyRegistry *ParleyRegistrySession) StakeOf(operatorId [32]byte, quorumNumber uint8) (*big.Int, error) {
	return _ParleyRegistry.Contract.StakeOf(&_ParleyRegistry.CallOpts, operatorId, quorumNumber)
}

// StakeOf is a free data retrieval call binding the contract method 0xa1f25420.
//
// Solidity: function stakeOf(bytes32 operatorId, uint8 quorumNumber) view returns(uint96 stake)
func (_ParleyRegistry *ParleyRegistryCallerSession) StakeOf(operatorId [32]byte, quorumNumber uint8) (*big.Int, error) {
	return _ParleyRegistry.Contract.StakeOf(&_ParleyRegistry.CallOpts, operatorId, quorumNumber)
}

// StakeOracle is a free data retrieval call binding the contract method 0x137760e4.
//
// Solidity: function stakeOracle() view returns(address)
func (_ParleyRegistry *ParleyRegistryCaller) StakeOracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ParleyRegistry.contract.Call(opts, &out, "stakeOracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeOracle is a free data retrieval call binding the contract method 0x137760e4.
//
// Solidity: function stakeOracle() view returns(address)
func (_ParleyRegistry *ParleyRegistrySession) StakeOracle() (common.Address, error) {
	return _ParleyRegistry.Contract.StakeOracle(&_ParleyRegistry.CallOpts)
}

// StakeOracle is a free data retrieval call binding the contract method 0x137760e4.
//
// Solidity: function stakeOracle() view returns(address)
func (_ParleyRegistry *ParleyRegistryCallerSession) StakeOracle() (common.Address, error) {
	return _ParleyRegistry.Contract.StakeOracle(&_ParleyRegistry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyRegistry *ParleyRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyRegistry *ParleyRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _ParleyRegistry.Contract.AcceptOwnership(&_ParleyRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ParleyRegistry.Contract.AcceptOwnership(&_ParleyRegistry.TransactOpts)
}

// EjectOperator is a paid mutator transaction binding the contract method 0x6e3b17db.
//
// Solidity: function ejectOperator(address operator, bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistryTransactor) EjectOperator(opts *bind.TransactOpts, operator common.Address, quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "ejectOperator", operator, quorumNumbers)
}

// EjectOperator is a paid mutator transaction binding the contract method 0x6e3b17db.
//
// Solidity: function ejectOperator(address operator, bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistrySession) EjectOperator(operator common.Address, quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.EjectOperator(&_ParleyRegistry.TransactOpts, operator, quorumNumbers)
}

// EjectOperator is a paid mutator transaction binding the contract method 0x6e3b17db.
//
// Solidity: function ejectOperator(address operator, bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) EjectOperator(operator common.Address, quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.EjectOperator(&_ParleyRegistry.TransactOpts, operator, quorumNumbers)
}

// JoinQuorums is a paid mutator transaction binding the contract method 0x769129fe.
//
// Solidity: function joinQuorums(bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistryTransactor) JoinQuorums(opts *bind.TransactOpts, quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "joinQuorums", quorumNumbers)
}

// JoinQuorums is a paid mutator transaction binding the contract method 0x769129fe.
//
// Solidity: function joinQuorums(bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistrySession) JoinQuorums(quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.JoinQuorums(&_ParleyRegistry.TransactOpts, quorumNumbers)
}

// JoinQuorums is a paid mutator transaction binding the contract method 0x769129fe.
//
// Solidity: function joinQuorums(bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) JoinQuorums(quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.JoinQuorums(&_ParleyRegistry.TransactOpts, quorumNumbers)
}

// LeaveQuorums is a paid mutator transaction binding the contract method 0x47a6baf0.
//
// Solidity: function leaveQuorums(bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistryTransactor) LeaveQuorums(opts *bind.TransactOpts, quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "leaveQuorums", quorumNumbers)
}

// LeaveQuorums is a paid mutator transaction binding the contract method 0x47a6baf0.
//
// Solidity: function leaveQuorums(bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistrySession) LeaveQuorums(quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.LeaveQuorums(&_ParleyRegistry.TransactOpts, quorumNumbers)
}

// LeaveQuorums is a paid mutator transaction binding the contract method 0x47a6baf0.
//
// Solidity: function leaveQuorums(bytes quorumNumbers) returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) LeaveQuorums(quorumNumbers []byte) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.LeaveQuorums(&_ParleyRegistry.TransactOpts, quorumNumbers)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0x2e3dfe84.
//
// Solidity: function registerOperator(uint256[2] pubkeyG1, uint256[4] pubkeyG2, uint256[2] pop) returns(bytes32 operatorId)
func (_ParleyRegistry *ParleyRegistryTransactor) RegisterOperator(opts *bind.TransactOpts, pubkeyG1 [2]*big.Int, pubkeyG2 [4]*big.Int, pop [2]*big.Int) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "registerOperator", pubkeyG1, pubkeyG2, pop)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0x2e3dfe84.
//
// Solidity: function registerOperator(uint256[2] pubkeyG1, uint256[4] pubkeyG2, uint256[2] pop) returns(bytes32 operatorId)
func (_ParleyRegistry *ParleyRegistrySession) RegisterOperator(pubkeyG1 [2]*big.Int, pubkeyG2 [4]*big.Int, pop [2]*big.Int) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.RegisterOperator(&_ParleyRegistry.TransactOpts, pubkeyG1, pubkeyG2, pop)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0x2e3dfe84.
//
// Solidity: function registerOperator(uint256[2] pubkeyG1, uint256[4] pubkeyG2, uint256[2] pop) returns(bytes32 operatorId)
func (_ParleyRegistry *ParleyRegistryTransactorSession) RegisterOperator(pubkeyG1 [2]*big.Int, pubkeyG2 [4]*big.Int, pop [2]*big.Int) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.RegisterOperator(&_ParleyRegistry.TransactOpts, pubkeyG1, pubkeyG2, pop)
}

// SetStake is a paid mutator transaction binding the contract method 0x48bc626a.
//
// Solidity: function setStake(bytes32 operatorId, uint8 quorumNumber, uint96 stake) returns()
func (_ParleyRegistry *ParleyRegistryTransactor) SetStake(opts *bind.TransactOpts, operatorId [32]byte, quorumNumber uint8, stake *big.Int) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "setStake", operatorId, quorumNumber, stake)
}

// SetStake is a paid mutator transaction binding the contract method 0x48bc626a.
//
// Solidity: function setStake(bytes32 operatorId, uint8 quorumNumber, uint96 stake) returns()
func (_ParleyRegistry *ParleyRegistrySession) SetStake(operatorId [32]byte, quorumNumber uint8, stake *big.Int) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.SetStake(&_ParleyRegistry.TransactOpts, operatorId, quorumNumber, stake)
}

// SetStake is a paid mutator transaction binding the contract method 0x48bc626a.
//
// Solidity: function setStake(bytes32 operatorId, uint8 quorumNumber, uint96 stake) returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) SetStake(operatorId [32]byte, quorumNumber uint8, stake *big.Int) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.SetStake(&_ParleyRegistry.TransactOpts, operatorId, quorumNumber, stake)
}

// SetStakeOracle is a paid mutator transaction binding the contract method 0x94c92f6d.
//
// Solidity: function setStakeOracle(address newOracle) returns()
func (_ParleyRegistry *ParleyRegistryTransactor) SetStakeOracle(opts *bind.TransactOpts, newOracle common.Address) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "setStakeOracle", newOracle)
}

// SetStakeOracle is a paid mutator transaction binding the contract method 0x94c92f6d.
//
// Solidity: function setStakeOracle(address newOracle) returns()
func (_ParleyRegistry *ParleyRegistrySession) SetStakeOracle(newOracle common.Address) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.SetStakeOracle(&_ParleyRegistry.TransactOpts, newOracle)
}

// SetStakeOracle is a paid mutator transaction binding the contract method 0x94c92f6d.
//
// Solidity: function setStakeOracle(address newOracle) returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) SetStakeOracle(newOracle common.Address) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.SetStakeOracle(&_ParleyRegistry.TransactOpts, newOracle)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyRegistry *ParleyRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ParleyRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyRegistry *ParleyRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.TransferOwnership(&_ParleyRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ParleyRegistry *ParleyRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ParleyRegistry.Contract.TransferOwnership(&_ParleyRegistry.TransactOpts, newOwner)
}

// ParleyRegistryNewPubkeyRegistrationIterator is returned from FilterNewPubkeyRegistration and is used to iterate over the raw logs and unpacked data for NewPubkeyRegistration events raised by the ParleyRegistry contract.
type ParleyRegistryNewPubkeyRegistrationIterator struct {
	Event *ParleyRegistryNewPubkeyRegistration // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryNewPubkeyRegistrationIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryNewPubkeyRegistration)
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
		it.Event = new(ParleyRegistryNewPubkeyRegistration)
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
func (it *ParleyRegistryNewPubkeyRegistrationIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryNewPubkeyRegistrationIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryNewPubkeyRegistration represents a NewPubkeyRegistration event raised by the ParleyRegistry contract.
type ParleyRegistryNewPubkeyRegistration struct {
	Operator          common.Address
	PubkeyG1          G1Point
	PubkeyG2          G2Point
	ProofOfPossession G1Point
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterNewPubkeyRegistration is a free log retrieval operation binding the contract event 0x0ccb0ddba2cecfa3af8165bc031316bbb938b41e513f779c82b08d9e874cecfe.
//
// Solidity: event NewPubkeyRegistration(address indexed operator, (uint256,uint256) pubkeyG1, (uint256[2],uint256[2]) pubkeyG2, (uint256,uint256) proofOfPossession)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterNewPubkeyRegistration(opts *bind.FilterOpts, operator []common.Address) (*ParleyRegistryNewPubkeyRegistrationIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "NewPubkeyRegistration", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryNewPubkeyRegistrationIterator{contract: _ParleyRegistry.contract, event: "NewPubkeyRegistration", logs: logs, sub: sub}, nil
}

// WatchNewPubkeyRegistration is a free log subscription operation binding the contract event 0x0ccb0ddba2cecfa3af8165bc031316bbb938b41e513f779c82b08d9e874cecfe.
//
// Solidity: event NewPubkeyRegistration(address indexed operator, (uint256,uint256) pubkeyG1, (uint256[2],uint256[2]) pubkeyG2, (uint256,uint256) proofOfPossession)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchNewPubkeyRegistration(opts *bind.WatchOpts, sink chan<- *ParleyRegistryNewPubkeyRegistration, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "NewPubkeyRegistration", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryNewPubkeyRegistration)
				if err := _ParleyRegistry.contract.UnpackLog(event, "NewPubkeyRegistration", log); err != nil {
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

// ParseNewPubkeyRegistration is a log parse operation binding the contract event 0x0ccb0ddba2cecfa3af8165bc031316bbb938b41e513f779c82b08d9e874cecfe.
//
// Solidity: event NewPubkeyRegistration(address indexed operator, (uint256,uint256) pubkeyG1, (uint256[2],uint256[2]) pubkeyG2, (uint256,uint256) proofOfPossession)
func (_ParleyRegistry *ParleyRegistryFilterer) ParseNewPubkeyRegistration(log types.Log) (*ParleyRegistryNewPubkeyRegistration, error) {
	event := new(ParleyRegistryNewPubkeyRegistration)
	if err := _ParleyRegistry.contract.UnpackLog(event, "NewPubkeyRegistration", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryOperatorAddedToQuorumsIterator is returned from FilterOperatorAddedToQuorums and is used to iterate over the raw logs and unpacked data for OperatorAddedToQuorums events raised by the ParleyRegistry contract.
type ParleyRegistryOperatorAddedToQuorumsIterator struct {
	Event *ParleyRegistryOperatorAddedToQuorums // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryOperatorAddedToQuorumsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryOperatorAddedToQuorums)
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
		it.Event = new(ParleyRegistryOperatorAddedToQuorums)
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
func (it *ParleyRegistryOperatorAddedToQuorumsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryOperatorAddedToQuorumsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryOperatorAddedToQuorums represents a OperatorAddedToQuorums event raised by the ParleyRegistry contract.
type ParleyRegistryOperatorAddedToQuorums struct {
	Operator      common.Address
	OperatorId    [32]byte
	QuorumNumbers []byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorAddedToQuorums is a free log retrieval operation binding the contract event 0x73a2b7fb844724b971802ae9b15db094d4b7192df9d7350e14eb466b9b22eb4e.
//
// Solidity: event OperatorAddedToQuorums(address operator, bytes32 operatorId, bytes quorumNumbers)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterOperatorAddedToQuorums(opts *bind.FilterOpts) (*ParleyRegistryOperatorAddedToQuorumsIterator, error) {

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "OperatorAddedToQuorums")
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryOperatorAddedToQuorumsIterator{contract: _ParleyRegistry.contract, event: "OperatorAddedToQuorums", logs: logs, sub: sub}, nil
}

// WatchOperatorAddedToQuorums is a free log subscription operation binding the contract event 0x73a2b7fb844724b971802ae9b15db094d4b7192df9d7350e14eb466b9b22eb4e.
//
// Solidity: event OperatorAddedToQuorums(address operator, bytes32 operatorId, bytes quorumNumbers)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchOperatorAddedToQuorums(opts *bind.WatchOpts, sink chan<- *ParleyRegistryOperatorAddedToQuorums) (event.Subscription, error) {

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "OperatorAddedToQuorums")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryOperatorAddedToQuorums)
				if err := _ParleyRegistry.contract.UnpackLog(event, "OperatorAddedToQuorums", log); err != nil {
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

// ParseOperatorAddedToQuorums is a log parse operation binding the contract event 0x73a2b7fb844724b971802ae9b15db094d4b7192df9d7350e14eb466b9b22eb4e.
//
// Solidity: event OperatorAddedToQuorums(address operator, bytes32 operatorId, bytes quorumNumbers)
func (_ParleyRegistry *ParleyRegistryFilterer) ParseOperatorAddedToQuorums(log types.Log) (*ParleyRegistryOperatorAddedToQuorums, error) {
	event := new(ParleyRegistryOperatorAddedToQuorums)
	if err := _ParleyRegistry.contract.UnpackLog(event, "OperatorAddedToQuorums", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryOperatorRemovedFromQuorumsIterator is returned from FilterOperatorRemovedFromQuorums and is used to iterate over the raw logs and unpacked data for OperatorRemovedFromQuorums events raised by the ParleyRegistry contract.
type ParleyRegistryOperatorRemovedFromQuorumsIterator struct {
	Event *ParleyRegistryOperatorRemovedFromQuorums // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryOperatorRemovedFromQuorumsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryOperatorRemovedFromQuorums)
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
		it.Event = new(ParleyRegistryOperatorRemovedFromQuorums)
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
func (it *ParleyRegistryOperatorRemovedFromQuorumsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryOperatorRemovedFromQuorumsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryOperatorRemovedFromQuorums represents a OperatorRemovedFromQuorums event raised by the ParleyRegistry contract.
type ParleyRegistryOperatorRemovedFromQuorums struct {
	Operator      common.Address
	OperatorId    [32]byte
	QuorumNumbers []byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorRemovedFromQuorums is a free log retrieval operation binding the contract event 0xf843ecd53a563675e62107be1494fdde4a3d49aeedaf8d88c616d85346e3500e.
//
// Solidity: event OperatorRemovedFromQuorums(address operator, bytes32 operatorId, bytes quorumNumbers)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterOperatorRemovedFromQuorums(opts *bind.FilterOpts) (*ParleyRegistryOperatorRemovedFromQuorumsIterator, error) {

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "OperatorRemovedFromQuorums")
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryOperatorRemovedFromQuorumsIterator{contract: _ParleyRegistry.contract, event: "OperatorRemovedFromQuorums", logs: logs, sub: sub}, nil
}

// WatchOperatorRemovedFromQuorums is a free log subscription operation binding the contract event 0xf843ecd53a563675e62107be1494fdde4a3d49aeedaf8d88c616d85346e3500e.
//
// Solidity: event OperatorRemovedFromQuorums(address operator, bytes32 operatorId, bytes quorumNumbers)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchOperatorRemovedFromQuorums(opts *bind.WatchOpts, sink chan<- *ParleyRegistryOperatorRemovedFromQuorums) (event.Subscription, error) {

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "OperatorRemovedFromQuorums")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryOperatorRemovedFromQuorums)
				if err := _ParleyRegistry.contract.UnpackLog(event, "OperatorRemovedFromQuorums", log); err != nil {
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

// ParseOperatorRemovedFromQuorums is a log parse operation binding the contract event 0xf843ecd53a563675e62107be1494fdde4a3d49aeedaf8d88c616d85346e3500e.
//
// Solidity: event OperatorRemovedFromQuorums(address operator, bytes32 operatorId, bytes quorumNumbers)
func (_ParleyRegistry *ParleyRegistryFilterer) ParseOperatorRemovedFromQuorums(log types.Log) (*ParleyRegistryOperatorRemovedFromQuorums, error) {
	event := new(ParleyRegistryOperatorRemovedFromQuorums)
	if err := _ParleyRegistry.contract.UnpackLog(event, "OperatorRemovedFromQuorums", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryOperatorStakeUpdateIterator is returned from FilterOperatorStakeUpdate and is used to iterate over the raw logs and unpacked data for OperatorStakeUpdate events raised by the ParleyRegistry contract.
type ParleyRegistryOperatorStakeUpdateIterator struct {
	Event *ParleyRegistryOperatorStakeUpdate // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryOperatorStakeUpdateIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryOperatorStakeUpdate)
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
		it.Event = new(ParleyRegistryOperatorStakeUpdate)
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
func (it *ParleyRegistryOperatorStakeUpdateIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryOperatorStakeUpdateIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryOperatorStakeUpdate represents a OperatorStakeUpdate event raised by the ParleyRegistry contract.
type ParleyRegistryOperatorStakeUpdate struct {
	OperatorId   [32]byte
	QuorumNumber uint8
	Stake        *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterOperatorStakeUpdate is a free log retrieval operation binding the contract event 0x2f527d527e95d8fe40aec55377743bb779087da3f6d0d08f12e36444da62327d.
//
// Solidity: event OperatorStakeUpdate(bytes32 indexed operatorId, uint8 quorumNumber, uint96 stake)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterOperatorStakeUpdate(opts *bind.FilterOpts, operatorId [][32]byte) (*ParleyRegistryOperatorStakeUpdateIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "OperatorStakeUpdate", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryOperatorStakeUpdateIterator{contract: _ParleyRegistry.contract, event: "OperatorStakeUpdate", logs: logs, sub: sub}, nil
}

// WatchOperatorStakeUpdate is a free log subscription operation binding the contract event 0x2f527d527e95d8fe40aec55377743bb779087da3f6d0d08f12e36444da62327d.
//
// Solidity: event OperatorStakeUpdate(bytes32 indexed operatorId, uint8 quorumNumber, uint96 stake)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchOperatorStakeUpdate(opts *bind.WatchOpts, sink chan<- *ParleyRegistryOperatorStakeUpdate, operatorId [][32]byte) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "OperatorStakeUpdate", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryOperatorStakeUpdate)
				if err := _ParleyRegistry.contract.UnpackLog(event, "OperatorStakeUpdate", log); err != nil {
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

// ParseOperatorStakeUpdate is a log parse operation binding the contract event 0x2f527d527e95d8fe40aec55377743bb779087da3f6d0d08f12e36444da62327d.
//
// Solidity: event OperatorStakeUpdate(bytes32 indexed operatorId, uint8 quorumNumber, uint96 stake)
func (_ParleyRegistry *ParleyRegistryFilterer) ParseOperatorStakeUpdate(log types.Log) (*ParleyRegistryOperatorStakeUpdate, error) {
	event := new(ParleyRegistryOperatorStakeUpdate)
	if err := _ParleyRegistry.contract.UnpackLog(event, "OperatorStakeUpdate", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ParleyRegistry contract.
type ParleyRegistryOwnershipTransferStartedIterator struct {
	Event *ParleyRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryOwnershipTransferStarted)
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
		it.Event = new(ParleyRegistryOwnershipTransferStarted)
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
func (it *ParleyRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ParleyRegistry contract.
type ParleyRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ParleyRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryOwnershipTransferStartedIterator{contract: _ParleyRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ParleyRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryOwnershipTransferStarted)
				if err := _ParleyRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_ParleyRegistry *ParleyRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*ParleyRegistryOwnershipTransferStarted, error) {
	event := new(ParleyRegistryOwnershipTransferStarted)
	if err := _ParleyRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ParleyRegistry contract.
type ParleyRegistryOwnershipTransferredIterator struct {
	Event *ParleyRegistryOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryOwnershipTransferred)
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
		it.Event = new(ParleyRegistryOwnershipTransferred)
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
func (it *ParleyRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ParleyRegistry contract.
type ParleyRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ParleyRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryOwnershipTransferredIterator{contract: _ParleyRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ParleyRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryOwnershipTransferred)
				if err := _ParleyRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_ParleyRegistry *ParleyRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*ParleyRegistryOwnershipTransferred, error) {
	event := new(ParleyRegistryOwnershipTransferred)
	if err := _ParleyRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ParleyRegistryStakeOracleUpdatedIterator is returned from FilterStakeOracleUpdated and is used to iterate over the raw logs and unpacked data for StakeOracleUpdated events raised by the ParleyRegistry contract.
type ParleyRegistryStakeOracleUpdatedIterator struct {
	Event *ParleyRegistryStakeOracleUpdated // Event containing the contract specifics and raw log

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
func (it *ParleyRegistryStakeOracleUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ParleyRegistryStakeOracleUpdated)
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
		it.Event = new(ParleyRegistryStakeOracleUpdated)
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
func (it *ParleyRegistryStakeOracleUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ParleyRegistryStakeOracleUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ParleyRegistryStakeOracleUpdated represents a StakeOracleUpdated event raised by the ParleyRegistry contract.
type ParleyRegistryStakeOracleUpdated struct {
	PreviousOracle common.Address
	NewOracle      common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterStakeOracleUpdated is a free log retrieval operation binding the contract event 0xb09ea92845fd678847dc5876cfd17e0bc1be603332789e9690a3de98e217f40e.
//
// Solidity: event StakeOracleUpdated(address indexed previousOracle, address indexed newOracle)
func (_ParleyRegistry *ParleyRegistryFilterer) FilterStakeOracleUpdated(opts *bind.FilterOpts, previousOracle []common.Address, newOracle []common.Address) (*ParleyRegistryStakeOracleUpdatedIterator, error) {

	var previousOracleRule []interface{}
	for _, previousOracleItem := range previousOracle {
		previousOracleRule = append(previousOracleRule, previousOracleItem)
	}
	var newOracleRule []interface{}
	for _, newOracleItem := range newOracle {
		newOracleRule = append(newOracleRule, newOracleItem)
	}

	logs, sub, err := _ParleyRegistry.contract.FilterLogs(opts, "StakeOracleUpdated", previousOracleRule, newOracleRule)
	if err != nil {
		return nil, err
	}
	return &ParleyRegistryStakeOracleUpdatedIterator{contract: _ParleyRegistry.contract, event: "StakeOracleUpdated", logs: logs, sub: sub}, nil
}

// WatchStakeOracleUpdated is a free log subscription operation binding the contract event 0xb09ea92845fd678847dc5876cfd17e0bc1be603332789e9690a3de98e217f40e.
//
// Solidity: event StakeOracleUpdated(address indexed previousOracle, address indexed newOracle)
func (_ParleyRegistry *ParleyRegistryFilterer) WatchStakeOracleUpdated(opts *bind.WatchOpts, sink chan<- *ParleyRegistryStakeOracleUpdated, previousOracle []common.Address, newOracle []common.Address) (event.Subscription, error) {

	var previousOracleRule []interface{}
	for _, previousOracleItem := range previousOracle {
		previousOracleRule = append(previousOracleRule, previousOracleItem)
	}
	var newOracleRule []interface{}
	for _, newOracleItem := range newOracle {
		newOracleRule = append(newOracleRule, newOracleItem)
	}

	logs, sub, err := _ParleyRegistry.contract.WatchLogs(opts, "StakeOracleUpdated", previousOracleRule, newOracleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ParleyRegistryStakeOracleUpdated)
				if err := _ParleyRegistry.contract.UnpackLog(event, "StakeOracleUpdated", log); err != nil {
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

// ParseStakeOracleUpdated is a log parse operation binding the contract event 0xb09ea92845fd678847dc5876cfd17e0bc1be603332789e9690a3de98e217f40e.
//
// Solidity: event StakeOracleUpdated(address indexed previousOracle, address indexed newOracle)
func (_ParleyRegistry *ParleyRegistryFilterer) ParseStakeOracleUpdated(log types.Log) (*ParleyRegistryStakeOracleUpdated, error) {
	event := new(ParleyRegistryStakeOracleUpdated)
	if err := _ParleyRegistry.contract.UnpackLog(event, "StakeOracleUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
