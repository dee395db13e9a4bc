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

// Identifier is an auto generated low-level Go binding around an user-defined struct.
type Identifier struct {
	Origin      common.Address
	BlockNumber *big.Int
	LogIndex    *big.Int
	Timestamp   *big.Int
	ChainId     *big.Int
}

// IParleyInboxMetaData contains all meta data concerning the IParleyInbox contract.
var IParleyInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"certifiedRange\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"isValidMessage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"latestCertifiedBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"certified\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestSnapshot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"operatorSetWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalWeight\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"name\":\"recordRange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32[]\",\"name\":\"operatorSetIds\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"totalWeights\",\"type\":\"uint256[]\"}],\"name\":\"recordSnapshot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"validateMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"logIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structIdentifier\",\"name\":\"id\",\"type\":\"tuple\"}],\"name\":\"ExecutingMessage\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"name\":\"RangeCertified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"SnapshotRecorded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toBlock\",\"type\":\"uint64\"}],\"name\":\"BlockOutsideRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallForbidden\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdentifierOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operatorSetIds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalWeights\",\"type\":\"uint256\"}],\"name\":\"InvalidOperatorSetCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expectedFromBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"}],\"name\":\"NonContiguousRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSystemSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"OperatorSetIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"previousId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"}],\"name\":\"OperatorSetsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromBlock\",\"type\":\"uint64\"}],\"name\":\"RangeNotCertified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latestL1Block\",\"type\":\"uint64\"}],\"name\":\"StaleSnapshot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WriteInStaticContext\",\"type\":\"error\"}]",
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

// LatestSnapshot is a free data retrieval call binding the contract method 0xcb22af4c.
//
// Solidity: function latestSnapshot() view returns(uint64 l1Block, bytes32 root)
func (_IParleyInbox *IParleyInboxCaller) LatestSnapshot(opts *bind.CallOpts) (struct {
	L1Block uint64
	Root    [32]byte
}, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "latestSnapshot")

	outstruct := new(struct {
		L1Block uint64
		Root    [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.L1Block = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// LatestSnapshot is a free data retrieval call binding the contract method 0xcb22af4c.
//
// Solidity: function latestSnapshot() view returns(uint64 l1Block, bytes32 root)
func (_IParleyInbox *IParleyInboxSession) LatestSnapshot() (struct {
	L1Block uint64
	Root    [32]byte
}, error) {
	return _IParleyInbox.Contract.LatestSnapshot(&_IParleyInbox.CallOpts)
}

// LatestSnapshot is a free data retrieval call binding the contract method 0xcb22af4c.
//
// Solidity: function latestSnapshot() view returns(uint64 l1Block, bytes32 root)
func (_IParleyInbox *IParleyInboxCallerSession) LatestSnapshot() (struct {
	L1Block uint64
	Root    [32]byte
}, error) {
	return _IParleyInbox.Contract.LatestSnapshot(&_IParleyInbox.CallOpts)
}

// OperatorSetWeight is a free data retrieval call binding the contract method 0xce886ba5.
//
// Solidity: function operatorSetWeight(uint32 operatorSetId) view returns(uint256 totalWeight)
func (_IParleyInbox *IParleyInboxCaller) OperatorSetWeight(opts *bind.CallOpts, operatorSetId uint32) (*big.Int, error) {
	var out []interface{}
	err := _IParleyInbox.contract.Call(opts, &out, "operatorSetWeight", operatorSetId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OperatorSetWeight is a free data retrieval call binding the contract method 0xce886ba5.
//
// Solidity: function operatorSetWeight(uint32 operatorSetId) view returns(uint256 totalWeight)
func (_IParleyInbox *IParleyInboxSession) OperatorSetWeight(operatorSetId uint32) (*big.Int, error) {
	return _IParleyInbox.Contract.OperatorSetWeight(&_IParleyInbox.CallOpts, operatorSetId)
}

// OperatorSetWeight is a free data retrieval call binding the contract method 0xce886ba5.
//
// Solidity: function operatorSetWeight(uint32 operatorSetId) view returns(uint256 totalWeight)
func (_IParleyInbox *IParleyInboxCallerSession) OperatorSetWeight(operatorSetId uint32) (*big.Int, error) {
	return _IParleyInbox.Contract.OperatorSetWeight(&_IParleyInbox.CallOpts, operatorSetId)
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

// RecordSnapshot is a paid mutator transaction binding the contract method 0xfc460eb9.
//
// Solidity: function recordSnapshot(uint64 l1Block, bytes32 root, uint32[] operatorSetIds, uint256[] totalWeights) returns()
func (_IParleyInbox *IParleyInboxTransactor) RecordSnapshot(opts *bind.TransactOpts, l1Block uint64, root [32]byte, operatorSetIds []uint32, totalWeights []*big.Int) (*types.Transaction, error) {
	return _IParleyInbox.contract.Transact(opts, "recordSnapshot", l1Block, root, operatorSetIds, totalWeights)
}

// RecordSnapshot is a paid mutator transaction binding the contract method 0xfc460eb9.
//
// Solidity: function recordSnapshot(uint64 l1Block, bytes32 root, uint32[] operatorSetIds, uint256[] totalWeights) returns()
func (_IParleyInbox *IParleyInboxSession) RecordSnapshot(l1Block uint64, root [32]byte, operatorSetIds []uint32, totalWeights []*big.Int) (*types.Transaction, error) {
	return _IParleyInbox.Contract.RecordSnapshot(&_IParleyInbox.TransactOpts, l1Block, root, operatorSetIds, totalWeights)
}

// RecordSnapshot is a paid mutator transaction binding the contract method 0xfc460eb9.
//
// Solidity: function recordSnapshot(uint64 l1Block, bytes32 root, uint32[] operatorSetIds, uint256[] totalWeights) returns()
func (_IParleyInbox *IParleyInboxTransactorSession) RecordSnapshot(l1Block uint64, root [32]byte, operatorSetIds []uint32, totalWeights []*big.Int) (*types.Transaction, error) {
	return _IParleyInbox.Contract.RecordSnapshot(&_IParleyInbox.TransactOpts, l1Block, root, operatorSetIds, totalWeights)
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

// IParleyInboxSnapshotRecordedIterator is returned from FilterSnapshotRecorded and is used to iterate over the raw logs and unpacked data for SnapshotRecorded events raised by the IParleyInbox contract.
type IParleyInboxSnapshotRecordedIterator struct {
	Event *IParleyInboxSnapshotRecorded // Event containing the contract specifics and raw log

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
func (it *IParleyInboxSnapshotRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IParleyInboxSnapshotRecorded)
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
		it.Event = new(IParleyInboxSnapshotRecorded)
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
func (it *IParleyInboxSnapshotRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IParleyInboxSnapshotRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IParleyInboxSnapshotRecorded represents a SnapshotRecorded event raised by the IParleyInbox contract.
type IParleyInboxSnapshotRecorded struct {
	L1Block uint64
	Root    [32]byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSnapshotRecorded is a free log retrieval operation binding the contract event 0xaab2aa8e4e780d1d33e58af7fe8a2d76aac4e1b04c4020c5f9fcdf864ffbfd5e.
//
// Solidity: event SnapshotRecorded(uint64 indexed l1Block, bytes32 root)
func (_IParleyInbox *IParleyInboxFilterer) FilterSnapshotRecorded(opts *bind.FilterOpts, l1Block []uint64) (*IParleyInboxSnapshotRecordedIterator, error) {

	var l1BlockRule []interface{}
	for _, l1BlockItem := range l1Block {
		l1BlockRule = append(l1BlockRule, l1BlockItem)
	}

	logs, sub, err := _IParleyInbox.contract.FilterLogs(opts, "SnapshotRecorded", l1BlockRule)
	if err != nil {
		return nil, err
	}
	return &IParleyInboxSnapshotRecordedIterator{contract: _IParleyInbox.contract, event: "SnapshotRecorded", logs: logs, sub: sub}, nil
}

// WatchSnapshotRecorded is a free log subscription operation binding the contract event 0xaab2aa8e4e780d1d33e58af7fe8a2d76aac4e1b04c4020c5f9fcdf864ffbfd5e.
//
// Solidity: event SnapshotRecorded(uint64 indexed l1Block, bytes32 root)
func (_IParleyInbox *IParleyInboxFilterer) WatchSnapshotRecorded(opts *bind.WatchOpts, sink chan<- *IParleyInboxSnapshotRecorded, l1Block []uint64) (event.Subscription, error) {

	var l1BlockRule []interface{}
	for _, l1BlockItem := range l1Block {
		l1BlockRule = append(l1BlockRule, l1BlockItem)
	}

	logs, sub, err := _IParleyInbox.contract.WatchLogs(opts, "SnapshotRecorded", l1BlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IParleyInboxSnapshotRecorded)
				if err := _IParleyInbox.contract.UnpackLog(event, "SnapshotRecorded", log); err != nil {
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

// ParseSnapshotRecorded is a log parse operation binding the contract event 0xaab2aa8e4e780d1d33e58af7fe8a2d76aac4e1b04c4020c5f9fcdf864ffbfd5e.
//
// Solidity: event SnapshotRecorded(uint64 indexed l1Block, bytes32 root)
func (_IParleyInbox *IParleyInboxFilterer) ParseSnapshotRecorded(log types.Log) (*IParleyInboxSnapshotRecorded, error) {
	event := new(IParleyInboxSnapshotRecorded)
	if err := _IParleyInbox.contract.UnpackLog(event, "SnapshotRecorded", log); err != nil {
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
